package io.pmobuyin.mining.pattern;

import java.util.List;

/** Reopened: moved from a done status back to one that is not done, or its resolution cleared. */
public final class ReworkPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.REWORK;
  }

  @Override
  public CostBasis costBasis() {
    return CostBasis.ATTRIBUTED;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.CUSTOMER, ValueArea.FINANCIAL);
  }

  @Override
  public boolean affects(IssueView issue) {
    return issue.history().reopened();
  }
}
