package io.pmobuyin.mining.portfolio;

/**
 * The counts and samples KPIs are computed from; merging two gives the pooled KPIs. Scope growth is
 * the exception: a ratio per project, so the portfolio's is the median of its projects' (a pooled
 * ratio lets one project with a tiny commitment and much added work speak for all).
 */
final class KpiInputs {

  /** A project's scope growth needs at least this many committed issues to mean anything. */
  static final int MIN_COMMITTED = 10;

  private static final double WEEK_MILLIS = 7 * 24 * 3600_000.0;

  long issues;
  long resolved;
  long dueResolved;
  long onTime;
  long reworked;
  long estimated;
  long withinEstimate;
  long abandoned;
  long committed;
  long addedAfterCommitment;
  long spanMillis;
  final DoubleSample slipDaysOfLate = new DoubleSample();
  final DoubleSample cycleDays = new DoubleSample();
  final DoubleSample projectScopeGrowth = new DoubleSample();

  /** This holds one whole project: its scope growth joins the sample, if it has enough data. */
  void closeProject() {
    if (committed >= MIN_COMMITTED) {
      projectScopeGrowth.add((double) addedAfterCommitment / committed);
    }
  }

  void merge(KpiInputs other) {
    issues += other.issues;
    resolved += other.resolved;
    dueResolved += other.dueResolved;
    onTime += other.onTime;
    reworked += other.reworked;
    estimated += other.estimated;
    withinEstimate += other.withinEstimate;
    abandoned += other.abandoned;
    committed += other.committed;
    addedAfterCommitment += other.addedAfterCommitment;
    spanMillis += other.spanMillis;
    slipDaysOfLate.addAll(other.slipDaysOfLate);
    cycleDays.addAll(other.cycleDays);
    projectScopeGrowth.addAll(other.projectScopeGrowth);
  }

  DeliveryKpis kpis() {
    double onTimeRate = share(onTime, dueResolved);
    double reworkRate = share(reworked, resolved);
    double accuracy = share(withinEstimate, estimated);
    double abandonment = share(abandoned, issues);
    double[] growths = projectScopeGrowth.sorted();
    double growth = growths.length == 0 ? Double.NaN : Quantiles.ofSorted(growths, 0.5);
    double[] cycles = cycleDays.sorted();
    double weeks = Math.max(1, spanMillis / WEEK_MILLIS);
    return new DeliveryKpis(
        issues,
        resolved,
        onTimeRate,
        dueResolved == 0 ? Double.NaN : medianOrZero(slipDaysOfLate.sorted()),
        growth,
        reworkRate,
        accuracy,
        abandonment,
        Quantiles.ofSorted(cycles, 0.5),
        Quantiles.ofSorted(cycles, 0.85),
        resolved / weeks,
        predictability(onTimeRate, reworkRate, accuracy, abandonment, growth));
  }

  private static double predictability(double... parts) {
    double[] goods = {parts[0], 1 - parts[1], parts[2], 1 - parts[3], 1 - Math.min(1, parts[4])};
    double sum = 0;
    int known = 0;
    for (double good : goods) {
      if (!Double.isNaN(good)) {
        sum += good;
        known++;
      }
    }
    return known == 0 ? Double.NaN : 100 * sum / known;
  }

  private static double medianOrZero(double[] sorted) {
    return sorted.length == 0 ? 0 : Quantiles.ofSorted(sorted, 0.5);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
