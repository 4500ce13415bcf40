package io.pmobuyin.mining.pattern;

/** Time spent outside the accepted band around the original estimate. */
public final class EstimationMissPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.ESTIMATION_MISS;
  }

  @Override
  public boolean affects(IssueView view) {
    Long estimate = view.issue().originalEstimateSeconds();
    Long spent = view.issue().timeSpentSeconds();
    if (estimate == null || spent == null || estimate <= 0 || spent <= 0) {
      return false;
    }
    return !view.thresholds().withinEstimate(estimate, spent);
  }
}
