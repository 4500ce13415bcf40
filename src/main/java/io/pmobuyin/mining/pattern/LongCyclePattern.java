package io.pmobuyin.mining.pattern;

/** Took longer from start to resolution than most work of its type across the portfolio. */
public final class LongCyclePattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.LONG_CYCLE;
  }

  @Override
  public boolean affects(IssueView view) {
    return false;
  }

  @Override
  public boolean affectsInContext(MinedIssue issue, MiningContext context) {
    double norm = context.longCycleDays(issue.type());
    return issue.cycleDays() >= 0 && !Double.isNaN(norm) && issue.cycleDays() > norm;
  }
}
