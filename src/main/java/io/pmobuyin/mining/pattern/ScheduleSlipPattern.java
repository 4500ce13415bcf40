package io.pmobuyin.mining.pattern;

/** Resolved after its due date, or after the planned release date of its fix version. */
public final class ScheduleSlipPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.SCHEDULE_SLIP;
  }

  @Override
  public boolean affects(IssueView issue) {
    return issue.slipDays() > 0 || issue.resolvedAfterVersionDate();
  }
}
