package io.pmobuyin.value;

import io.pmobuyin.mining.pattern.CostBasis;
import io.pmobuyin.mining.pattern.ValueArea;
import java.util.Map;

/**
 * What a pattern cost, as a CFO can check it.
 *
 * @param hours its share of the failure hours, each issue's effort counted once across all
 *     patterns: the patterns' hours add up to the portfolio's
 * @param money those hours at the hourly rate; for schedule slips the cost of delay of the late
 *     releases instead (0 while the admin has set no daily figure)
 * @param moneyByArea that money split over the value areas the pattern hurts
 * @param attributedHours what its rule attributes before issues shared by several patterns are
 *     counted once (hours over the estimate, hours after a reopening…)
 * @param upToHours the whole effort of its issues: at most what it can have cost
 * @param unseparatedIssues its issues whose cost the data cannot separate from the rest of their
 *     work
 * @param delayDays for schedule slips, the days late of the late releases, each once
 */
public record PatternCost(
    CostBasis basis,
    double hours,
    double money,
    Map<ValueArea, Double> moneyByArea,
    double attributedHours,
    double upToHours,
    long unseparatedIssues,
    long delayDays) {

  public PatternCost {
    moneyByArea = Map.copyOf(moneyByArea);
  }
}
