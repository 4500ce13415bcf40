package io.pmobuyin.value;

import io.pmobuyin.mining.pattern.PatternId;
import java.util.EnumMap;
import java.util.Map;

/**
 * The improvement plan's targets: for each pattern, by how much the PMO aims to cut its share of
 * issues from where it stood before the PMO started.
 *
 * @param defaultReduction for every pattern not listed, from 0 (keep) to 1 (remove entirely)
 * @param reductions pattern by pattern, overriding the default
 */
public record ImprovementTargets(double defaultReduction, Map<PatternId, Double> reductions) {

  public static final double DEFAULT_REDUCTION = 0.3;

  public ImprovementTargets {
    requireFraction(defaultReduction);
    reductions = reductions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(reductions));
    reductions.values().forEach(ImprovementTargets::requireFraction);
  }

  public static ImprovementTargets defaults() {
    return new ImprovementTargets(DEFAULT_REDUCTION, Map.of());
  }

  public double reduction(PatternId id) {
    return reductions.getOrDefault(id, defaultReduction);
  }

  /** The share the plan aims for, given the share before the PMO started. */
  public double targetShare(PatternId id, double baselineShare) {
    return baselineShare * (1 - reduction(id));
  }

  private static void requireFraction(double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("a reduction is a share from 0 to 1, not " + value);
    }
  }
}
