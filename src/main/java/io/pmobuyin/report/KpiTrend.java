package io.pmobuyin.report;

import java.util.List;

/**
 * The portfolio's delivery KPIs over time: the line executives follow to see whether delivery
 * improves.
 *
 * @param quarters by quarter of project close, oldest first
 * @param beforePmo projects closed before the PMO start (null without a start date)
 * @param afterPmo projects closed on or after it (null without a start date)
 */
public record KpiTrend(List<KpiPoint> quarters, KpiPoint beforePmo, KpiPoint afterPmo) {

  public KpiTrend {
    quarters = List.copyOf(quarters);
  }
}
