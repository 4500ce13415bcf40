package io.pmobuyin.value;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.PatternTally;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Prices a pattern: the hours spent on the issues that show it (time spent, else the original
 * estimate, else the admin's fallback hours) at the hourly rate; for schedule slips also each day
 * late at the cost of delay. The money is split evenly over the pattern's value areas.
 */
public final class CostModel {

  private final ValueRates rates;

  public CostModel(ValueRates rates) {
    this.rates = rates;
  }

  public ValueRates rates() {
    return rates;
  }

  public PatternCost cost(PatternId pattern, PatternTally tally) {
    double hours =
        tally.effortSeconds() / 3600.0
            + tally.issuesWithoutEffort() * rates.fallbackHoursPerIssue();
    double money = hours * rates.hourlyRate();
    if (pattern == PatternId.SCHEDULE_SLIP) {
      money += tally.slipDays() * rates.costOfDelayPerDay();
    }
    return new PatternCost(hours, money, splitOverAreas(pattern, money));
  }

  /** Money of a pattern split evenly over the value areas it hurts; zero for the others. */
  public static Map<ValueArea, Double> splitOverAreas(PatternId pattern, double money) {
    List<ValueArea> areas = PatternValueAreas.of(pattern);
    Map<ValueArea, Double> byArea = new EnumMap<>(ValueArea.class);
    for (ValueArea area : ValueArea.values()) {
      byArea.put(area, areas.contains(area) ? money / areas.size() : 0.0);
    }
    return byArea;
  }
}
