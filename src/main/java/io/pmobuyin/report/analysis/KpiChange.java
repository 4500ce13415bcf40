package io.pmobuyin.report.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * How a delivery KPI changed from the projects closed before the PMO started to those closed since:
 * both issue-weighted means, the change, and its 95 % bootstrap interval. Given only once each side
 * has {@link #MIN_PROJECTS_PER_SIDE} projects, and for a KPI only where two projects a side have
 * it: fewer say nothing an executive should act on.
 *
 * @param low the interval's lower end
 * @param high its upper end
 */
public record KpiChange(
    KpiMeasure measure,
    double before,
    double since,
    double change,
    double low,
    double high,
    int projectsBefore,
    int projectsSince) {

  /** Fewer closed projects than this on either side of the PMO start: "not enough data yet". */
  public static final int MIN_PROJECTS_PER_SIDE = 5;

  /** Resamples of each side behind every interval. */
  public static final int RESAMPLES = BootstrapInterval.RESAMPLES;

  /**
   * Every KPI's change over the selection, in {@link KpiMeasure} order; empty without a PMO start
   * date or while either side is short of projects.
   */
  public static List<KpiChange> of(ProjectSelection selection) {
    List<KpiChange> changes = new ArrayList<>();
    if (!comparable(selection)) {
      return changes;
    }
    KpiMeasure[] measures = KpiMeasure.values();
    WeightedSample before = WeightedSample.of(selection.closedBeforePmo(), measures);
    WeightedSample since = WeightedSample.of(selection.closedSincePmo(), measures);
    BootstrapInterval[] intervals = BootstrapInterval.all(before, since);
    for (int m = 0; m < measures.length; m++) {
      if (before.size(m) < 2 || since.size(m) < 2) {
        continue;
      }
      BootstrapInterval interval = intervals[m];
      changes.add(
          new KpiChange(
              measures[m],
              before.mean(m),
              since.mean(m),
              interval.change(),
              interval.low(),
              interval.high(),
              before.size(m),
              since.size(m)));
    }
    return changes;
  }

  /** A PMO start date, and enough projects closed on each side of it. */
  public static boolean comparable(ProjectSelection selection) {
    return selection.pmoStart() != null
        && selection.closedBeforePmo().size() >= MIN_PROJECTS_PER_SIDE
        && selection.closedSincePmo().size() >= MIN_PROJECTS_PER_SIDE;
  }

  /**
   * {@code better} or {@code worse} when the interval lies wholly on one side of zero, {@code
   * unclear} when it spans it.
   */
  public String verdict() {
    return asVerdict().id();
  }

  /** The shared verdict rule, for a KPI where more (on-time) or less (slip) is better. */
  public Verdict asVerdict() {
    return Verdict.of(low, high, measure.improves(0, -1));
  }
}
