package io.pmobuyin.report.view;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * KPIs over a set of projects, each project weighted by its issues, so that a big project counts
 * for more than a small one while each project stays one observation (what the bootstrap
 * resamples). Holds one or more KPIs of the same projects, so that one resample of the projects
 * serves them all; a project that lacks a KPI is left out of that KPI only.
 */
final class WeightedSample {

  private final double[][] values;
  private final double[] weights;

  /**
   * Per project, for each KPI: value × weight, then the weight (both 0 where the KPI is unknown),
   * side by side, so that a resample reads one place per pick.
   */
  private final double[] packed;

  private WeightedSample(double[][] values, double[] weights) {
    this.values = values;
    this.weights = weights;
    this.packed = new double[weights.length * values.length * 2];
    for (int i = 0; i < weights.length; i++) {
      for (int m = 0; m < values.length; m++) {
        boolean known = Double.isFinite(values[m][i]);
        packed[(i * values.length + m) * 2] = known ? values[m][i] * weights[i] : 0;
        packed[(i * values.length + m) * 2 + 1] = known ? weights[i] : 0;
      }
    }
  }

  static WeightedSample of(List<ProjectSection> projects, KpiMeasure... measures) {
    List<ProjectSection> weighted = projects.stream().filter(p -> p.issues() > 0).toList();
    double[][] values = new double[measures.length][weighted.size()];
    double[] weights = new double[weighted.size()];
    for (int i = 0; i < weighted.size(); i++) {
      ProjectSection project = weighted.get(i);
      weights[i] = project.issues();
      for (int m = 0; m < measures.length; m++) {
        values[m][i] = measures[m].of(project.kpis());
      }
    }
    return new WeightedSample(values, weights);
  }

  /**
   * Every pattern's share of a project's issues (0 where it did not show), in {@link PatternId}
   * order, weighted by issues: the weighted mean is the pooled share.
   */
  static WeightedSample ofShares(List<ProjectSection> projects) {
    PatternId[] patterns = PatternId.values();
    List<ProjectSection> weighted = projects.stream().filter(p -> p.issues() > 0).toList();
    double[][] values = new double[patterns.length][weighted.size()];
    double[] weights = new double[weighted.size()];
    for (int i = 0; i < weighted.size(); i++) {
      ProjectSection project = weighted.get(i);
      weights[i] = project.issues();
      for (ProjectSection.ProjectPattern shown : project.patterns()) {
        values[shown.id().ordinal()][i] = shown.share();
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
  double mean() {
    return mean(0);
  }

  double mean(int measure) {
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
  double resampledMean(SplittableRandom random) {
    double[] means = new double[values.length];
    resampledMeans(random, means);
    return means[0];
  }

  /** The means of every KPI over one resample of the projects, into {@code means}. */
  void resampledMeans(SplittableRandom random, double[] means) {
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
}
