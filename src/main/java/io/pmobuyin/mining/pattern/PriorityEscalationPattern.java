package io.pmobuyin.mining.pattern;

import java.util.List;

/** Its priority was raised after it was created. */
public final class PriorityEscalationPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.PRIORITY_ESCALATION;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.CUSTOMER, ValueArea.EMPLOYEE);
  }

  @Override
  public boolean affects(IssueView view) {
    return view.history().priorityRaised();
  }
}
