package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.pattern.PatternId;

/** How a pattern's cost is known: which figure a reader can defend, and which only bounds it. */
public enum CostBasis {
  /** The pattern's rule separates its hours (over the estimate, after a reopening…). */
  ATTRIBUTED,
  /** Late delivery, priced per late release at the cost of delay, when the admin set one. */
  DELAY,
  /** The data cannot separate its cost: the whole effort of its issues bounds it from above. */
  UPPER_BOUND;

  public static CostBasis of(PatternId pattern) {
    return switch (pattern) {
      case ESTIMATION_MISS, ABANDONED_WORK, REWORK, SCOPE_CREEP -> ATTRIBUTED;
      case SCHEDULE_SLIP -> DELAY;
      default -> UPPER_BOUND;
    };
  }
}
