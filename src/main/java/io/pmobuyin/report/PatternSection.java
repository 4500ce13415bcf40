package io.pmobuyin.report;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.value.PatternCost;
import java.util.List;

/**
 * One failure pattern across the portfolio.
 *
 * @param share affected issues per issue of the portfolio
 * @param trend by quarter of project close, oldest first
 * @param beforePmo projects closed before the PMO started (null without a start date)
 * @param afterPmo projects closed on or after it (null without a start date)
 */
public record PatternSection(
    PatternId id,
    long issues,
    long projects,
    double share,
    List<ValueArea> valueAreas,
    PatternCost cost,
    List<TrendPoint> trend,
    TrendPoint beforePmo,
    TrendPoint afterPmo) {

  public PatternSection {
    valueAreas = List.copyOf(valueAreas);
    trend = List.copyOf(trend);
  }
}
