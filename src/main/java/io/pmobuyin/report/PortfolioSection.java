package io.pmobuyin.report;

import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.value.EffortFigures;
import java.util.Map;

/**
 * The portfolio as a whole: KPIs pooled over every issue, and what the patterns cost.
 *
 * @param costHours the failure hours, each issue's effort counted once ({@code
 *     effort.failureHours})
 * @param cost those hours at the hourly rate plus the cost of delay ({@code effort.failureCost})
 * @param costByArea that cost split over the value areas: adds up to {@code cost}
 * @param effort the denominator: all effort, how much of it recorded, and what failure took of it
 */
public record PortfolioSection(
    long projects,
    long issues,
    DeliveryKpis kpis,
    double costHours,
    double cost,
    Map<ValueArea, Double> costByArea,
    EffortFigures effort) {

  public PortfolioSection {
    costByArea = Map.copyOf(costByArea);
  }
}
