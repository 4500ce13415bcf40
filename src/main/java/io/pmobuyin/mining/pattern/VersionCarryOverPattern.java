package io.pmobuyin.mining.pattern;

/** Its fix version was moved to another version one or more times. */
public final class VersionCarryOverPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.VERSION_CARRY_OVER;
  }

  @Override
  public boolean affects(IssueView issue) {
    return issue.history().fixVersionMoves() > 0;
  }
}
