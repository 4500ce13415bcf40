package io.pmobuyin.report.view;

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
record PatternChange(double before, double since, double low, double high, Verdict verdict) {

  static Map<PatternId, PatternChange> of(ProjectSelection selection) {
    Map<PatternId, PatternChange> changes = new EnumMap<>(PatternId.class);
    if (selection.pmoStart() == null) {
      return changes;
    }
    List<ProjectSection> before = selection.closedBeforePmo();
    List<ProjectSection> since = selection.closedSincePmo();
    PatternId[] ids = PatternId.values();
    WeightedSample beforeSample = WeightedSample.ofShares(before);
    WeightedSample sinceSample = WeightedSample.ofShares(since);
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
