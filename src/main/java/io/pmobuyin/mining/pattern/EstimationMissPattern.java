package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.Threshold;
import java.util.List;

/** Time spent outside the accepted band around the original estimate. */
public final class EstimationMissPattern implements FailurePattern {

  /** Time spent above this multiple of the original estimate is a miss. */
  public static final Threshold HIGH = Threshold.multiple("estimateHigh", 1.5);

  /** Time spent below this multiple of the original estimate is a miss. */
  public static final Threshold LOW =
      Threshold.multiple("estimateLow", 0.5).below(HIGH, "pmobuyin.settings.error.estimate-band");

  @Override
  public PatternId id() {
    return PatternId.ESTIMATION_MISS;
  }

  @Override
  public CostBasis costBasis() {
    return CostBasis.ATTRIBUTED;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.FINANCIAL);
  }

  @Override
  public boolean affects(IssueView view) {
    Long estimate = view.issue().originalEstimateSeconds();
    Long spent = view.issue().timeSpentSeconds();
    if (estimate == null || spent == null || estimate <= 0 || spent <= 0) {
      return false;
    }
    return !withinEstimate(view.thresholds(), estimate, spent);
  }

  /** Time spent within the accepted band around a (positive) original estimate. */
  public static boolean withinEstimate(
      PatternThresholds thresholds, long estimateSeconds, long spentSeconds) {
    double ratio = (double) spentSeconds / estimateSeconds;
    return ratio >= thresholds.value(LOW) && ratio <= thresholds.value(HIGH);
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(LOW, HIGH);
  }
}
