package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.Threshold;
import java.util.List;

/** Changed hands (assignee) many times. Counts changes only: nobody is named. */
public final class HandoffChurnPattern implements FailurePattern {

  /** Assignee changes that make churn. */
  public static final Threshold HANDOFFS = Threshold.count("handoffs", 3, 1, 100);

  @Override
  public PatternId id() {
    return PatternId.HANDOFF_CHURN;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.EMPLOYEE);
  }

  @Override
  public boolean affects(IssueView view) {
    return view.history().assigneeChanges() >= view.thresholds().value(HANDOFFS);
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(HANDOFFS);
  }
}
