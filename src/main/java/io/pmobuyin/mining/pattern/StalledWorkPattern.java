package io.pmobuyin.mining.pattern;

/** In progress, with no change at all, for longer than the threshold. */
public final class StalledWorkPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.STALLED_WORK;
  }

  @Override
  public boolean affects(IssueView view) {
    return view.history().longestQuietSpellInProgress().toMinutes()
        >= view.thresholds().stalledDays() * 24 * 60;
  }
}
