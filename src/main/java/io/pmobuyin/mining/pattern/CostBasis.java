package io.pmobuyin.mining.pattern;

/**
 * How a pattern's cost is known: which figure a reader can defend, and which only bounds it. Each
 * pattern declares its own; only the miner's effort rules can make one ATTRIBUTED.
 */
public enum CostBasis {
  /** The pattern's rule separates its hours (over the estimate, after a reopening…). */
  ATTRIBUTED,
  /** Late delivery, priced per late release at the cost of delay, when the admin set one. */
  DELAY,
  /** The data cannot separate its cost: the whole effort of its issues bounds it from above. */
  UPPER_BOUND
}
