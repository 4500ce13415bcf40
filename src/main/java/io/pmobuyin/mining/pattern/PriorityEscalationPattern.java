package io.pmobuyin.mining.pattern;

/** Its priority was raised after it was created. */
public final class PriorityEscalationPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.PRIORITY_ESCALATION;
  }

  @Override
  public boolean affects(IssueView view) {
    return view.history().priorityRaised();
  }
}
