package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.Threshold;
import java.time.Duration;
import java.util.List;

/** Flagged, in a blocked status, or blocked by another issue, for longer than the threshold. */
public final class BlockedWorkPattern implements FailurePattern {

  /** Days flagged, in a blocked status or blocked by another issue that count as blocked work. */
  public static final Threshold BLOCKED_DAYS = Threshold.days("blockedDays", 2, true);

  @Override
  public PatternId id() {
    return PatternId.BLOCKED_WORK;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.EMPLOYEE, ValueArea.FINANCIAL);
  }

  @Override
  public boolean affects(IssueView view) {
    Duration blocked = view.history().blockedTime();
    return blocked.toMinutes() > view.thresholds().value(BLOCKED_DAYS) * 24 * 60;
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(BLOCKED_DAYS);
  }
}
