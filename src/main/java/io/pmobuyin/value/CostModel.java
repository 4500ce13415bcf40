package io.pmobuyin.value;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.Effort;
import io.pmobuyin.mining.portfolio.PatternTally;
import io.pmobuyin.mining.portfolio.ProjectEffort;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Prices what the patterns took: hours at the hourly rate (an issue with neither time spent nor
 * estimate at the admin's fallback hours), each issue's effort once across all patterns; delay per
 * late release per day at the cost of delay, only when the admin set one. The money of a pattern is
 * split evenly over the value areas it hurts.
 */
public final class CostModel {

  private final ValueRates rates;

  public CostModel(ValueRates rates) {
    this.rates = rates;
  }

  public ValueRates rates() {
    return rates;
  }

  public double hours(Effort effort) {
    return effort.hours(rates.fallbackHoursPerIssue());
  }

  /** The days late at the cost of delay: 0 while the admin has set none. */
  public double delayMoney(long delayDays) {
    return delayDays * rates.costOfDelayPerDay();
  }

  public PatternCost cost(PatternId pattern, PatternTally tally) {
    double hours = hours(tally.share());
    double money =
        pattern == PatternId.SCHEDULE_SLIP
            ? delayMoney(tally.delayDays())
            : hours * rates.hourlyRate();
    return new PatternCost(
        pattern.costBasis(),
        hours,
        money,
        splitOverAreas(rates.areasOf(pattern), money),
        hours(tally.attributed()),
        hours(tally.onIssues()),
        tally.unseparated(),
        tally.delayDays());
  }

  /** The effort of some projects read against what failure and delay took of it. */
  public EffortFigures effort(ProjectEffort effort) {
    double failureHours = hours(effort.failure());
    double delay = delayMoney(effort.delayDays());
    return new EffortFigures(
        hours(effort.all()),
        effort.recordedSeconds() / 3600.0,
        effort.all().issuesWithoutEffort(),
        failureHours,
        failureHours * rates.hourlyRate() + delay,
        hours(effort.atStake()),
        effort.lateDeliverables(),
        effort.delayDays(),
        delay);
  }

  /** Money of a pattern split evenly over the built-in value areas it hurts; zero elsewhere. */
  public static Map<ValueArea, Double> splitOverAreas(PatternId pattern, double money) {
    return splitOverAreas(pattern.valueAreas(), money);
  }

  /** Money split evenly over these value areas; zero for the others. */
  public static Map<ValueArea, Double> splitOverAreas(List<ValueArea> areas, double money) {
    Map<ValueArea, Double> byArea = new EnumMap<>(ValueArea.class);
    for (ValueArea area : ValueArea.values()) {
      byArea.put(area, areas.contains(area) ? money / areas.size() : 0.0);
    }
    return byArea;
  }
}
