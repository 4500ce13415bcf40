package io.pmobuyin.report.chart;

import java.util.Objects;

/** One labelled value of a chart; NaN means "no data" and is drawn as a gap, never as zero. */
public record ChartPoint(String label, double value) {

  public ChartPoint {
    Objects.requireNonNull(label, "label");
  }

  public boolean known() {
    return Double.isFinite(value);
  }
}
