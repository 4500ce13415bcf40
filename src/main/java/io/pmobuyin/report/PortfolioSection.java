package io.pmobuyin.report;

import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.value.ValueArea;
import java.util.Map;

/** The portfolio as a whole: KPIs pooled over every issue, and what the patterns cost. */
public record PortfolioSection(
    long projects,
    long issues,
    DeliveryKpis kpis,
    double costHours,
    double cost,
    Map<ValueArea, Double> costByArea) {

  public PortfolioSection {
    costByArea = Map.copyOf(costByArea);
  }
}
