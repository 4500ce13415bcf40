package io.pmobuyin.report.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A percentile bootstrap confidence interval for the change of a KPI from the projects closed
 * before the PMO started to those closed since: both groups are resampled, projects with
 * replacement, and the middle 95 % of the resampled differences is the interval. The seed is fixed,
 * so a report shows the same interval every time it is opened.
 *
 * @param change since minus before, on the full samples
 */
public record BootstrapInterval(double change, double low, double high) {

  public static final int RESAMPLES = 2_000;
  static final long SEED = 0x504d4f42L;

  /** The interval of the first KPI of the samples. */
  public static BootstrapInterval of(WeightedSample before, WeightedSample since) {
    return all(before, since)[0];
  }

  /**
   * One interval per KPI of the samples (which hold the same KPIs), from one set of resamples of
   * the projects: a thousand projects and four KPIs stay within a gadget's time budget.
   */
  public static BootstrapInterval[] all(WeightedSample before, WeightedSample since) {
    int kpis = before.measures();
    SplittableRandom random = new SplittableRandom(SEED);
    double[][] differences = new double[kpis][RESAMPLES];
    double[] beforeMeans = new double[kpis];
    double[] sinceMeans = new double[kpis];
    for (int r = 0; r < RESAMPLES; r++) {
      since.resampledCentres(random, sinceMeans);
      before.resampledCentres(random, beforeMeans);
      for (int m = 0; m < kpis; m++) {
        differences[m][r] = sinceMeans[m] - beforeMeans[m];
      }
    }
    BootstrapInterval[] intervals = new BootstrapInterval[kpis];
    for (int m = 0; m < kpis; m++) {
      double[] sorted = differences[m];
      Arrays.sort(sorted);
      intervals[m] =
          new BootstrapInterval(
              since.mean(m) - before.mean(m),
              sorted[(int) Math.floor(0.025 * (RESAMPLES - 1))],
              sorted[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }
    return intervals;
  }

  /** The interval lies wholly on one side of zero. */
  public boolean excludesZero() {
    return low > 0 || high < 0;
  }
}
