package io.pmobuyin.report.view;

import io.pmobuyin.report.ProjectSection;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One KPI over a set of projects, each project weighted by its issues, so that a big project counts
 * for more than a small one while each project stays one observation (what the bootstrap
 * resamples).
 */
final class WeightedSample {

  private final double[] values;
  private final double[] weights;

  private WeightedSample(double[] values, double[] weights) {
    this.values = values;
    this.weights = weights;
  }

  static WeightedSample of(List<ProjectSection> projects, KpiMeasure measure) {
    List<double[]> known = new ArrayList<>();
    for (ProjectSection project : projects) {
      double value = measure.of(project.kpis());
      if (Double.isFinite(value) && project.issues() > 0) {
        known.add(new double[] {value, project.issues()});
      }
    }
    double[] values = new double[known.size()];
    double[] weights = new double[known.size()];
    for (int i = 0; i < known.size(); i++) {
      values[i] = known.get(i)[0];
      weights[i] = known.get(i)[1];
    }
    return new WeightedSample(values, weights);
  }

  int size() {
    return values.length;
  }

  double mean() {
    double sum = 0;
    double weight = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * weights[i];
      weight += weights[i];
    }
    return weight == 0 ? Double.NaN : sum / weight;
  }

  /** The mean of a resample with replacement of the same size. */
  double resampledMean(SplittableRandom random) {
    double sum = 0;
    double weight = 0;
    for (int i = 0; i < values.length; i++) {
      int pick = random.nextInt(values.length);
      sum += values[pick] * weights[pick];
      weight += weights[pick];
    }
    return weight == 0 ? Double.NaN : sum / weight;
  }
}
