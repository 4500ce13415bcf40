package io.pmobuyin.report.analysis;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How each pattern's share of issues changed from the projects closed before the PMO started to
 * those since: the issue-weighted shares, the change and its 95 % bootstrap interval, resampling
 * projects as for the KPIs, and the {@link Verdict}. Too little data on a side gives no interval.
 */
public record PatternChange(double before, double since, double low, double high, Verdict verdict) {

  /** The changes of these patterns (each interval costs a bootstrap: ask only for those shown). */
  public static Map<PatternId, PatternChange> of(
      ProjectSelection selection, List<PatternId> patterns) {
    if (selection.pmoStart() == null) {
      return new EnumMap<>(PatternId.class);
    }
    return between(selection.closedBeforePmo(), selection.closedSincePmo(), patterns);
  }

  /**
   * The changes of these patterns from one set of closed projects to another: before and since the
   * PMO started, or before and since an improvement action started.
   */
  public static Map<PatternId, PatternChange> between(
      List<ProjectSection> before, List<ProjectSection> since, List<PatternId> patterns) {
    Map<PatternId, PatternChange> changes = new EnumMap<>(PatternId.class);
    if (patterns.isEmpty()) {
      return changes;
    }
    PatternId[] ids = patterns.toArray(PatternId[]::new);
    WeightedSample beforeSample = WeightedSample.ofShares(before, patterns);
    WeightedSample sinceSample = WeightedSample.ofShares(since, patterns);
    boolean enough = MinimumSample.enough(before) && MinimumSample.enough(since);
    BootstrapInterval[] intervals =
        enough ? BootstrapInterval.all(beforeSample, sinceSample) : null;
    for (int p = 0; p < ids.length; p++) {
      double low = enough ? intervals[p].low() : Double.NaN;
      double high = enough ? intervals[p].high() : Double.NaN;
      changes.put(
          ids[p],
          new PatternChange(
              beforeSample.mean(p), sinceSample.mean(p), low, high, Verdict.of(low, high, true)));
    }
    return changes;
  }
}
