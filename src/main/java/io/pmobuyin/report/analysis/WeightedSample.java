package io.pmobuyin.report.analysis;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * KPIs over a set of projects, each project weighted by its issues, so that a big project counts
 * for more than a small one while each project stays one observation (what the bootstrap
 * resamples). Holds one or more KPIs of the same projects, so that one resample of the projects
 * serves them all; a project that lacks a KPI is left out of that KPI only.
 */
public final class WeightedSample {

  private final double[][] values;
  private final double[] weights;

  /** Per KPI: summed up as the median of projects rather than the weighted mean. */
  private final boolean[] medians;

  /** Per KPI summed up as a median: the projects that have it, by their value, lowest first. */
  private final int[][] ranked;

  /**
   * Per project, for each KPI: value × weight, then the weight (both 0 where the KPI is unknown),
   * side by side, so that a resample reads one place per pick.
   */
  private final double[] packed;

  private WeightedSample(double[][] values, double[] weights) {
    this(values, weights, new boolean[values.length]);
  }

  private WeightedSample(double[][] values, double[] weights, boolean[] medians) {
    this.values = values;
    this.weights = weights;
    this.medians = medians;
    this.ranked = new int[values.length][];
    for (int m = 0; m < values.length; m++) {
      if (medians[m]) {
        double[] kpi = values[m];
        ranked[m] =
            IntStream.range(0, kpi.length)
                .filter(i -> Double.isFinite(kpi[i]))
                .boxed()
                .sorted((a, b) -> Double.compare(kpi[a], kpi[b]))
                .mapToInt(Integer::intValue)
                .toArray();
      }
    }
    this.packed = new double[weights.length * values.length * 2];
    for (int i = 0; i < weights.length; i++) {
      for (int m = 0; m < values.length; m++) {
        boolean known = Double.isFinite(values[m][i]);
        packed[(i * values.length + m) * 2] = known ? values[m][i] * weights[i] : 0;
        packed[(i * values.length + m) * 2 + 1] = known ? weights[i] : 0;
      }
    }
  }

  public static WeightedSample of(List<ProjectSection> projects, KpiMeasure... measures) {
    List<ProjectSection> weighted = projects.stream().filter(p -> p.issues() > 0).toList();
    double[][] values = new double[measures.length][weighted.size()];
    double[] weights = new double[weighted.size()];
    boolean[] medians = new boolean[measures.length];
    for (int m = 0; m < measures.length; m++) {
      medians[m] = measures[m].skewed();
    }
    for (int i = 0; i < weighted.size(); i++) {
      ProjectSection project = weighted.get(i);
      weights[i] = project.issues();
      for (int m = 0; m < measures.length; m++) {
        values[m][i] = measures[m].of(project.kpis());
      }
    }
    return new WeightedSample(values, weights, medians);
  }

  /**
   * These patterns' shares of a project's issues (0 where one did not show), in the order given,
   * weighted by issues: the weighted mean is the pooled share.
   */
  public static WeightedSample ofShares(List<ProjectSection> projects, List<PatternId> patterns) {
    int[] position = new int[PatternId.values().length];
    Arrays.fill(position, -1);
    for (int k = 0; k < patterns.size(); k++) {
      position[patterns.get(k).ordinal()] = k;
    }
    List<ProjectSection> weighted = projects.stream().filter(p -> p.issues() > 0).toList();
    double[][] values = new double[patterns.size()][weighted.size()];
    double[] weights = new double[weighted.size()];
    for (int i = 0; i < weighted.size(); i++) {
      ProjectSection project = weighted.get(i);
      weights[i] = project.issues();
      for (ProjectSection.ProjectPattern shown : project.patterns()) {
        int k = position[shown.id().ordinal()];
        if (k >= 0) {
          values[k][i] = shown.share();
        }
      }
    }
    return new WeightedSample(values, weights);
  }

  int measures() {
    return values.length;
  }

  /** Projects that have the first KPI. */
  int size() {
    return size(0);
  }

  int size(int measure) {
    int known = 0;
    for (double value : values[measure]) {
      known += Double.isFinite(value) ? 1 : 0;
    }
    return known;
  }

  /** The weighted mean of the first KPI; NaN without any project that has it. */
  public double mean() {
    return mean(0);
  }

  /**
   * The KPI over the projects: their issue-weighted mean, or for a skewed KPI the median of the
   * projects that have it.
   */
  public double mean(int measure) {
    if (medians[measure]) {
      return median(values[measure]);
    }
    double sum = 0;
    double weight = 0;
    double[] kpi = values[measure];
    for (int i = 0; i < kpi.length; i++) {
      if (Double.isFinite(kpi[i])) {
        sum += kpi[i] * weights[i];
        weight += weights[i];
      }
    }
    return weight == 0 ? Double.NaN : sum / weight;
  }

  /** The mean of the first KPI over one resample, with replacement, of the same size. */
  public double resampledMean(SplittableRandom random) {
    double[] means = new double[values.length];
    resampledMeans(random, means);
    return means[0];
  }

  /** The means of every KPI over one resample of the projects, into {@code means}. */
  public void resampledMeans(SplittableRandom random, double[] means) {
    int n = weights.length;
    double[] sums = new double[values.length];
    double[] totals = new double[values.length];
    int kpis = values.length;
    for (int draw = 0; draw < n; draw++) {
      int at = random.nextInt(n) * kpis * 2;
      for (int m = 0; m < kpis; m++) {
        sums[m] += packed[at + 2 * m];
        totals[m] += packed[at + 2 * m + 1];
      }
    }
    for (int m = 0; m < values.length; m++) {
      means[m] = totals[m] == 0 ? Double.NaN : sums[m] / totals[m];
    }
  }

  /** The same resample as {@link #resampledMeans}, with skewed KPIs taken as medians. */
  public void resampledCentres(SplittableRandom random, double[] centres) {
    boolean anyMedian = false;
    for (boolean median : medians) {
      anyMedian |= median;
    }
    if (!anyMedian) {
      resampledMeans(random, centres);
      return;
    }
    int n = weights.length;
    if (picked == null) {
      picked = new int[n];
    } else {
      Arrays.fill(picked, 0);
    }
    double[] sums = new double[values.length];
    double[] totals = new double[values.length];
    int[] known = new int[values.length];
    for (int draw = 0; draw < n; draw++) {
      int pick = random.nextInt(n);
      picked[pick]++;
      for (int m = 0; m < values.length; m++) {
        int at = (pick * values.length + m) * 2;
        sums[m] += packed[at];
        totals[m] += packed[at + 1];
        // A project has a weight for a KPI exactly where it has the KPI.
        known[m] += packed[at + 1] > 0 ? 1 : 0;
      }
    }
    for (int m = 0; m < values.length; m++) {
      centres[m] =
          medians[m]
              ? resampledMedian(values[m], ranked[m], picked, known[m])
              : totals[m] == 0 ? Double.NaN : sums[m] / totals[m];
    }
  }

  /**
   * How often each project was picked in the resample under way: reused, one resample at a time.
   */
  private int[] picked;

  /**
   * The median of a resample, from how often each project was picked: walk the projects in value
   * order, counting picks, instead of sorting each resample (2,000 of them per interval).
   */
  private static double resampledMedian(double[] kpi, int[] order, int[] picked, int known) {
    if (known == 0) {
      return Double.NaN;
    }
    int lower = (known - 1) / 2;
    int upper = known / 2;
    double low = Double.NaN;
    int seen = 0;
    for (int project : order) {
      int count = picked[project];
      if (count == 0) {
        continue;
      }
      if (Double.isNaN(low) && seen + count > lower) {
        low = kpi[project];
      }
      if (seen + count > upper) {
        return (low + kpi[project]) / 2;
      }
      seen += count;
    }
    return low;
  }

  /** The median of the known values. */
  private static double median(double[] kpi) {
    double[] known = Arrays.stream(kpi).filter(Double::isFinite).sorted().toArray();
    int size = known.length;
    if (size == 0) {
      return Double.NaN;
    }
    return size % 2 == 1 ? known[size / 2] : (known[size / 2 - 1] + known[size / 2]) / 2;
  }
}
