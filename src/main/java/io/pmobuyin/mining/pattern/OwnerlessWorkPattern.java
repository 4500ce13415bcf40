package io.pmobuyin.mining.pattern;

import java.util.List;

/** Resolved without ever being assigned, or in progress while nobody was assigned. */
public final class OwnerlessWorkPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.OWNERLESS_WORK;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.EMPLOYEE);
  }

  @Override
  public boolean affects(IssueView view) {
    if (view.issue().isResolved() && !view.history().everAssigned()) {
      return true;
    }
    return view.history().unassignedWhileInProgress();
  }
}
