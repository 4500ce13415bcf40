package io.pmobuyin.report.chart;

import java.util.Objects;

/**
 * One labelled value of a chart; NaN means "no data" and is drawn as a gap, never as zero.
 *
 * @param detail what the point stands on, for its tooltip (e.g. "3 projects"); empty for none
 * @param thin the point stands on too little data: drawn hollow, and said so
 */
public record ChartPoint(String label, double value, String detail, boolean thin) {

  public ChartPoint {
    Objects.requireNonNull(label, "label");
    detail = detail == null ? "" : detail;
  }

  public ChartPoint(String label, double value) {
    this(label, value, "", false);
  }

  public boolean known() {
    return Double.isFinite(value);
  }
}
