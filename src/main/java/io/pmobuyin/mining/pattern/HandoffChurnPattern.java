package io.pmobuyin.mining.pattern;

/** Changed hands (assignee) many times. Counts changes only: nobody is named. */
public final class HandoffChurnPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.HANDOFF_CHURN;
  }

  @Override
  public boolean affects(IssueView view) {
    return view.history().assigneeChanges() >= view.thresholds().handoffs();
  }
}
