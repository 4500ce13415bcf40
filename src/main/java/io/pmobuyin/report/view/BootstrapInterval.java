package io.pmobuyin.report.view;

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
record BootstrapInterval(double change, double low, double high) {

  static final int RESAMPLES = 2_000;
  static final long SEED = 0x504d4f42L;

  static BootstrapInterval of(WeightedSample before, WeightedSample since) {
    SplittableRandom random = new SplittableRandom(SEED);
    double[] differences = new double[RESAMPLES];
    for (int i = 0; i < RESAMPLES; i++) {
      differences[i] = since.resampledMean(random) - before.resampledMean(random);
    }
    Arrays.sort(differences);
    return new BootstrapInterval(
        since.mean() - before.mean(),
        differences[(int) Math.floor(0.025 * (RESAMPLES - 1))],
        differences[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
  }

  /** The interval lies wholly on one side of zero. */
  boolean excludesZero() {
    return low > 0 || high < 0;
  }
}
