package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.StatusCategory;
import java.util.List;

/** Resolved as not done (Won't Do, Obsolete, …), or still open when the project closed. */
public final class AbandonedWorkPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.ABANDONED_WORK;
  }

  @Override
  public CostBasis costBasis() {
    return CostBasis.ATTRIBUTED;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.FINANCIAL, ValueArea.EMPLOYEE);
  }

  @Override
  public boolean affects(IssueView view) {
    return abandoned(view.issue(), view.thresholds());
  }

  /** Also the abandonment KPI's definition. */
  public static boolean abandoned(IssueRecord issue, PatternThresholds thresholds) {
    if (thresholds.isNotDone(issue.resolution())) {
      return true;
    }
    return !issue.isResolved() && issue.statusCategory() != StatusCategory.DONE;
  }
}
