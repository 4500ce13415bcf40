package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.Threshold;
import java.util.List;

/**
 * One failure pattern of the catalogue. Most decide from the issue and its history alone; some also
 * need the project's timeline or the portfolio's norms, which the miner supplies once all issues
 * are in. An issue shows the pattern when either says so.
 */
public interface FailurePattern {

  PatternId id();

  /** The value areas this pattern hurts (the product catalogue's table), where its money falls. */
  List<ValueArea> valueAreas();

  /**
   * How its cost is known. By default its issues' whole effort bounds it from above: a pattern's
   * hours count as its own (ATTRIBUTED) only where the miner's effort rules separate them.
   */
  default CostBasis costBasis() {
    return CostBasis.UPPER_BOUND;
  }

  /** The numbers an admin may tune for this pattern; settings and the admin form follow them. */
  default List<Threshold> thresholds() {
    return List.of();
  }

  /** Decided from the issue and its history alone. */
  boolean affects(IssueView issue);

  /** Decided once the project's timeline and the portfolio's norms are known. */
  default boolean affectsInContext(MinedIssue issue, MiningContext context) {
    return false;
  }
}
