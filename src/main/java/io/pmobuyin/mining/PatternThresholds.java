package io.pmobuyin.mining;

import io.pmobuyin.mining.record.ResolutionClass;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the failure patterns judge by: the numbers an admin tuned (each pattern declares its {@link
 * Threshold}s, whose defaults apply until then) and the name lists with the defaults of the product
 * brief.
 *
 * @param tuned the thresholds an admin set, each within its range and its bound by another
 * @param resolutions which resolutions mean done, not done, or duplicate
 * @param bugTypes issue types that are defects (lower case)
 * @param blockedStatuses status names that mean blocked (lower case)
 * @param priorityOrder priority names from highest to lowest (lower case)
 */
public record PatternThresholds(
    Map<Threshold, Double> tuned,
    ResolutionClasses resolutions,
    Set<String> bugTypes,
    Set<String> blockedStatuses,
    List<String> priorityOrder) {

  public PatternThresholds {
    java.util.Objects.requireNonNull(resolutions, "resolutions");
    // Only what differs from its default: the same thresholds compare equal however they came.
    tuned =
        tuned.entrySet().stream()
            .filter(e -> e.getValue() != e.getKey().defaultValue())
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    bugTypes = lowerCase(bugTypes);
    blockedStatuses = lowerCase(blockedStatuses);
    priorityOrder = priorityOrder.stream().map(PatternThresholds::lower).toList();
    for (Map.Entry<Threshold, Double> entry : tuned.entrySet()) {
      Threshold threshold = entry.getKey();
      if (!threshold.allows(entry.getValue())) {
        throw new IllegalArgumentException(threshold.name() + " lies outside its range");
      }
    }
    // A tuned lower bound is checked here; a tuned upper one alone needs every pattern's
    // thresholds, which the settings rules know (SettingsEditor), so it is checked there.
    for (Threshold threshold : tuned.keySet()) {
      checkBound(threshold, tuned);
    }
  }

  public static PatternThresholds defaults() {
    return new PatternThresholds(
        Map.of(),
        ResolutionClasses.defaults(),
        Set.of("bug", "defect"),
        Set.of("blocked", "on hold", "impeded", "waiting"),
        List.of(
            "blocker",
            "highest",
            "critical",
            "high",
            "major",
            "medium",
            "minor",
            "low",
            "lowest",
            "trivial"));
  }

  /** The threshold's value: as tuned, else its default. */
  public double value(Threshold threshold) {
    return tuned.getOrDefault(threshold, threshold.defaultValue());
  }

  public boolean isNotDone(String resolution) {
    return resolution != null && resolutions.of(resolution) == ResolutionClass.NOT_DONE;
  }

  /** The class of a resolved issue's resolution (a missing name counts as done). */
  public ResolutionClass resolutionClass(String resolution) {
    return resolutions.of(resolution);
  }

  public PatternThresholds withResolutions(ResolutionClasses changed) {
    return new PatternThresholds(tuned, changed, bugTypes, blockedStatuses, priorityOrder);
  }

  public boolean isBug(String type) {
    return type != null && bugTypes.contains(lower(type));
  }

  public boolean isBlockedStatus(String status) {
    if (status == null) {
      return false;
    }
    String name = status.trim();
    for (String blocked : blockedStatuses) {
      if (blocked.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Rank of a priority, 0 the highest; -1 when unknown. */
  public int priorityRank(String priority) {
    return priority == null ? -1 : priorityOrder.indexOf(lower(priority));
  }

  /** A threshold bound by another must stay under it. */
  private static void checkBound(Threshold threshold, Map<Threshold, Double> tuned) {
    Threshold upper = threshold.below();
    if (upper == null) {
      return;
    }
    double value = tuned.getOrDefault(threshold, threshold.defaultValue());
    double limit = tuned.getOrDefault(upper, upper.defaultValue());
    if (!(value < limit)) {
      throw new IllegalArgumentException(threshold.name() + " must stay under " + upper.name());
    }
  }

  private static Set<String> lowerCase(Set<String> values) {
    return values.stream().map(PatternThresholds::lower).collect(Collectors.toUnmodifiableSet());
  }

  private static String lower(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
