package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.Threshold;
import java.util.List;

/** Took longer from start to resolution than most work of its type across the portfolio. */
public final class LongCyclePattern implements FailurePattern {

  /** Cycle time above this percentile of its type across the portfolio is long. */
  public static final Threshold PERCENTILE = Threshold.share("longCyclePercentile", 0.85);

  @Override
  public PatternId id() {
    return PatternId.LONG_CYCLE;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.CUSTOMER);
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

  @Override
  public List<Threshold> thresholds() {
    return List.of(PERCENTILE);
  }
}
