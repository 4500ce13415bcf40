package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.record.StatusCategory;

/** Resolved as not done (Won't Do, Obsolete, …), or still open when the project closed. */
public final class AbandonedWorkPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.ABANDONED_WORK;
  }

  @Override
  public boolean affects(IssueView view) {
    if (view.thresholds().isNotDone(view.issue().resolution())) {
      return true;
    }
    return !view.issue().isResolved() && view.issue().statusCategory() != StatusCategory.DONE;
  }
}
