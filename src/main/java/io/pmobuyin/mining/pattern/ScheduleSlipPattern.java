package io.pmobuyin.mining.pattern;

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
  public boolean affects(IssueView issue) {
    return issue.slipDays() > 0;
  }
}
