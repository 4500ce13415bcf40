package io.pmobuyin.mining.pattern;

import java.util.List;

/**
 * Delivered after the day it was due: its due date where set, else its fix versions' planned
 * release. Agrees with the on-time KPI on every issue.
 */
public final class ScheduleSlipPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.SCHEDULE_SLIP;
  }

  @Override
  public CostBasis costBasis() {
    return CostBasis.DELAY;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.CUSTOMER, ValueArea.FINANCIAL);
  }

  @Override
  public boolean affects(IssueView issue) {
    return issue.slipDays() > 0;
  }
}
