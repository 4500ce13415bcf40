package io.pmobuyin.mining;

import io.pmobuyin.mining.record.ResolutionClass;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admin-tunable thresholds of the failure patterns, with the defaults of the product brief.
 *
 * @param lateShare the last share of the timeline in which new bugs count as late defects (0.2)
 * @param estimateLow time spent below this multiple of the original estimate is a miss (0.5)
 * @param estimateHigh time spent above this multiple of the original estimate is a miss (1.5)
 * @param resolutions which resolutions mean done, not done, or duplicate
 * @param handoffs assignee changes that make churn (3)
 * @param blockedDays days flagged, blocked or blocked-by that count as blocked work (2)
 * @param stalledDays days without any change while in progress that count as stalled (14)
 * @param longCyclePercentile cycle time above this portfolio percentile, per type, is long (0.85)
 * @param bugTypes issue types that are defects (lower case)
 * @param blockedStatuses status names that mean blocked (lower case)
 * @param priorityOrder priority names from highest to lowest (lower case)
 */
public record PatternThresholds(
    double lateShare,
    double estimateLow,
    double estimateHigh,
    ResolutionClasses resolutions,
    int handoffs,
    double blockedDays,
    double stalledDays,
    double longCyclePercentile,
    Set<String> bugTypes,
    Set<String> blockedStatuses,
    List<String> priorityOrder) {

  public PatternThresholds {
    java.util.Objects.requireNonNull(resolutions, "resolutions");
    bugTypes = lowerCase(bugTypes);
    blockedStatuses = lowerCase(blockedStatuses);
    priorityOrder = priorityOrder.stream().map(PatternThresholds::lower).toList();
    if (!(lateShare > 0 && lateShare < 1)) {
      throw new IllegalArgumentException("the late share must lie between 0 and 1");
    }
    if (!(estimateLow > 0 && estimateLow < estimateHigh)) {
      throw new IllegalArgumentException("estimate band must satisfy 0 < low < high");
    }
    if (!(longCyclePercentile > 0 && longCyclePercentile < 1)) {
      throw new IllegalArgumentException("long-cycle percentile must lie between 0 and 1");
    }
    if (handoffs < 1 || blockedDays < 0 || stalledDays <= 0) {
      throw new IllegalArgumentException("handoffs, blocked and stalled days must be positive");
    }
  }

  public static PatternThresholds defaults() {
    return new PatternThresholds(
        0.2,
        0.5,
        1.5,
        ResolutionClasses.defaults(),
        3,
        2,
        14,
        0.85,
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

  public boolean isNotDone(String resolution) {
    return resolution != null && resolutions.of(resolution) == ResolutionClass.NOT_DONE;
  }

  /** The class of a resolved issue's resolution (a missing name counts as done). */
  public ResolutionClass resolutionClass(String resolution) {
    return resolutions.of(resolution);
  }

  public PatternThresholds withResolutions(ResolutionClasses changed) {
    return new PatternThresholds(
        lateShare,
        estimateLow,
        estimateHigh,
        changed,
        handoffs,
        blockedDays,
        stalledDays,
        longCyclePercentile,
        bugTypes,
        blockedStatuses,
        priorityOrder);
  }

  /** Time spent within the accepted band around a (positive) original estimate. */
  public boolean withinEstimate(long estimateSeconds, long spentSeconds) {
    double ratio = (double) spentSeconds / estimateSeconds;
    return ratio >= estimateLow && ratio <= estimateHigh;
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

  private static Set<String> lowerCase(Set<String> values) {
    return values.stream().map(PatternThresholds::lower).collect(Collectors.toUnmodifiableSet());
  }

  private static String lower(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
