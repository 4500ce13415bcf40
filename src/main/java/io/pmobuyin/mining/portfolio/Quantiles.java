package io.pmobuyin.mining.portfolio;

import java.util.Arrays;

/** Percentiles of a sample by linear interpolation between closest ranks (NaN when empty). */
public final class Quantiles {

  private Quantiles() {}

  public static double of(double[] values, double share) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, share);
  }

  public static double ofSorted(double[] sorted, double share) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double rank = share * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
  }
}
