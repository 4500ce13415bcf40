package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.Threshold;
import java.util.List;

/** In progress, with no change at all, for longer than the threshold. */
public final class StalledWorkPattern implements FailurePattern {

  /** Days without any change while in progress that count as stalled. */
  public static final Threshold STALLED_DAYS = Threshold.days("stalledDays", 14, false);

  @Override
  public PatternId id() {
    return PatternId.STALLED_WORK;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.EMPLOYEE);
  }

  @Override
  public boolean affects(IssueView view) {
    return view.history().longestQuietSpellInProgress().toMinutes()
        >= view.thresholds().value(STALLED_DAYS) * 24 * 60;
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(STALLED_DAYS);
  }
}
