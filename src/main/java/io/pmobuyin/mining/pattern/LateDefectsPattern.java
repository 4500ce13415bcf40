package io.pmobuyin.mining.pattern;

/** A defect created in the last part of the project's timeline. */
public final class LateDefectsPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.LATE_DEFECTS;
  }

  @Override
  public boolean affects(IssueView issue) {
    return false;
  }

  @Override
  public boolean affectsInContext(MinedIssue issue, MiningContext context) {
    return context.thresholds().isBug(issue.type())
        && issue.created().isAfter(context.projectMoment(1 - context.thresholds().lateShare()));
  }
}
