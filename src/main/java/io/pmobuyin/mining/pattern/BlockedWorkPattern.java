package io.pmobuyin.mining.pattern;

import java.time.Duration;

/** Flagged, in a blocked status, or blocked by another issue, for longer than the threshold. */
public final class BlockedWorkPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.BLOCKED_WORK;
  }

  @Override
  public boolean affects(IssueView view) {
    Duration blocked = view.history().blockedTime();
    return blocked.toMinutes() > view.thresholds().blockedDays() * 24 * 60;
  }
}
