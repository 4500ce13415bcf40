package io.pmobuyin.mining.pattern;

/** Created after the project's baseline, or added to a sprint that had already started. */
public final class ScopeCreepPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.SCOPE_CREEP;
  }

  @Override
  public boolean affects(IssueView issue) {
    return issue.history().addedToRunningSprint();
  }

  @Override
  public boolean affectsInContext(MinedIssue issue, MiningContext context) {
    return issue.created().isAfter(context.projectMoment(context.thresholds().baselineShare()));
  }
}
