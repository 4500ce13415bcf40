package io.pmobuyin.settings;

import java.util.List;

/** Stored settings that cannot be read: a newer format, an unknown key, a wrong value. */
public final class UnreadableSettings extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<SettingsProblem> problems;

  public UnreadableSettings(List<SettingsProblem> problems) {
    super("unreadable settings: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<SettingsProblem> problems() {
    return problems;
  }
}
