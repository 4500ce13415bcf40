package io.pmobuyin.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Brings stored settings of any format this version knows to the current one, one {@link
 * FormatStep} at a time. Settings without a {@code format} key are format 0. A newer format is
 * refused, never read as if it were this one: its keys may mean something else.
 */
public final class SettingsUpgrade {

  public static final String FORMAT_KEY = "format";

  private static final SettingsUpgrade STANDARD =
      new SettingsUpgrade(List.of(new NamespacedKeys(), new CommitmentBaselines()));

  private final List<FormatStep> steps;

  /** The steps in order: the first reads format 0, each the format the one before writes. */
  SettingsUpgrade(List<FormatStep> steps) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).from() != i) {
        throw new IllegalArgumentException("step " + i + " reads format " + steps.get(i).from());
      }
    }
    this.steps = List.copyOf(steps);
  }

  public static SettingsUpgrade standard() {
    return STANDARD;
  }

  /** The format the last step writes: what this version reads and writes. */
  public int currentFormat() {
    return steps.size();
  }

  /** The stored settings in the current format, or why they cannot be brought there. */
  public Upgraded upgrade(Properties stored) {
    Map<String, String> texts = new TreeMap<>();
    stored.stringPropertyNames().forEach(key -> texts.put(key, stored.getProperty(key)));
    String formatText = texts.remove(FORMAT_KEY);
    int format;
    try {
      format = formatText == null ? 0 : Integer.parseInt(formatText.strip());
    } catch (NumberFormatException e) {
      return Upgraded.refused(
          new SettingsProblem(FORMAT_KEY, "pmobuyin.settings.error.format", formatText));
    }
    if (format < 0) {
      return Upgraded.refused(
          new SettingsProblem(FORMAT_KEY, "pmobuyin.settings.error.format", formatText));
    }
    if (format > currentFormat()) {
      return Upgraded.refused(
          new SettingsProblem(
              FORMAT_KEY, "pmobuyin.settings.error.format-newer", format, currentFormat()));
    }
    List<StoredSetting> settings = new ArrayList<>();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      settings.add(new StoredSetting(entry.getKey(), entry.getKey(), entry.getValue()));
    }
    List<SettingsProblem> problems = new ArrayList<>();
    for (FormatStep step : steps.subList(format, steps.size())) {
      settings = apply(step, settings, problems);
    }
    return new Upgraded(settings, problems);
  }

  /** Two stored settings the step brings to one key would each claim it: neither is chosen. */
  private static List<StoredSetting> apply(
      FormatStep step, List<StoredSetting> older, List<SettingsProblem> problems) {
    Map<String, StoredSetting> next = new LinkedHashMap<>();
    for (StoredSetting setting : older) {
      StoredSetting upgraded = step.upgrade(setting);
      if (upgraded == null) {
        continue;
      }
      StoredSetting earlier = next.putIfAbsent(upgraded.key(), upgraded);
      if (earlier != null) {
        problems.add(
            new SettingsProblem(
                upgraded.storedKey(),
                "pmobuyin.settings.error.twice",
                earlier.storedKey(),
                upgraded.storedKey()));
      }
    }
    return new ArrayList<>(next.values());
  }

  /**
   * Stored settings in the current format, each remembering its stored key; or the problems that
   * keep them from getting there.
   */
  public record Upgraded(List<StoredSetting> settings, List<SettingsProblem> problems) {

    public Upgraded {
      settings = List.copyOf(settings);
      problems = List.copyOf(problems);
    }

    static Upgraded refused(SettingsProblem problem) {
      return new Upgraded(List.of(), List.of(problem));
    }

    public SettingsForm form() {
      Map<String, String> values = new LinkedHashMap<>();
      settings.forEach(setting -> values.put(setting.key(), setting.text()));
      return new SettingsForm(values);
    }

    /** A problem about a current key, named as the stored settings name it. */
    public SettingsProblem asStored(SettingsProblem problem) {
      return settings.stream()
          .filter(setting -> setting.key().equals(problem.field()))
          .findFirst()
          .map(setting -> problem.about(setting.storedKey()))
          .orElse(problem);
    }
  }
}
