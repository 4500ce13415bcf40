package io.pmobuyin.settings;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of changing or reading settings: the new settings, or what was wrong. When refused,
 * {@code settings} is what they were before: nothing changed.
 */
public record SettingsOutcome(AppSettings settings, List<SettingsProblem> problems) {

  public SettingsOutcome {
    Objects.requireNonNull(settings, "settings");
    problems = List.copyOf(problems);
  }

  public static SettingsOutcome accepted(AppSettings settings) {
    return new SettingsOutcome(settings, List.of());
  }

  public static SettingsOutcome refused(AppSettings unchanged, List<SettingsProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refusal names at least one problem");
    }
    return new SettingsOutcome(unchanged, problems);
  }

  public boolean accepted() {
    return problems.isEmpty();
  }
}
