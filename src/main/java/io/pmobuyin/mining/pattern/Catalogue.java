package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.Threshold;
import java.util.Arrays;
import java.util.List;

/** The failure patterns of the first catalogue, in the order reports list them by default. */
public final class Catalogue {

  private Catalogue() {}

  public static List<FailurePattern> standard() {
    return Arrays.stream(PatternId.values()).map(PatternId::pattern).toList();
  }

  /** Every pattern's tunable thresholds, in catalogue order. */
  public static List<Threshold> thresholds() {
    return standard().stream().flatMap(pattern -> pattern.thresholds().stream()).toList();
  }
}
