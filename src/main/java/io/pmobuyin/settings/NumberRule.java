package io.pmobuyin.settings;

import io.pmobuyin.mining.Threshold;

/**
 * Where a number setting must lie, and the i18n message that says so. Every message gets the text
 * as typed, the lower and the upper bound, and uses those it needs.
 */
record NumberRule(
    double min, boolean minIncluded, double max, boolean maxIncluded, String messageKey) {

  /** From {@code min} to {@code max}, both included. */
  static NumberRule from(double min, double max) {
    return new NumberRule(min, true, max, true, "pmobuyin.settings.error.out-of-range");
  }

  static NumberRule atLeast(double min) {
    return new NumberRule(
        min, true, Double.POSITIVE_INFINITY, false, "pmobuyin.settings.error.too-small");
  }

  static NumberRule above(double min) {
    return new NumberRule(
        min, false, Double.POSITIVE_INFINITY, false, "pmobuyin.settings.error.not-above");
  }

  /** A share of a whole, neither nothing nor all of it. */
  static NumberRule share() {
    return new NumberRule(0, false, 1, false, "pmobuyin.settings.error.share");
  }

  /** The range a pattern's threshold declares, with the message that fits its shape. */
  static NumberRule of(Threshold threshold) {
    double min = threshold.min();
    double max = threshold.max();
    if (threshold.unit() == Threshold.Unit.SHARE) {
      return share();
    }
    if (Double.isInfinite(max)) {
      return threshold.minIncluded() ? atLeast(min) : above(min);
    }
    return new NumberRule(
        min,
        threshold.minIncluded(),
        max,
        threshold.maxIncluded(),
        "pmobuyin.settings.error.out-of-range");
  }

  boolean allows(double value) {
    return (minIncluded ? value >= min : value > min) && (maxIncluded ? value <= max : value < max);
  }

  SettingsProblem problem(String field, String typed) {
    return new SettingsProblem(field, messageKey, typed, min, max);
  }
}
