package io.pmobuyin.mining;

import java.util.Locale;
import java.util.Objects;

/**
 * A number an admin may tune for one failure pattern, declared by the pattern that reads it. Its
 * settings key, its range check, its admin form field and its label keys all come from here, so a
 * new threshold is one constant in its pattern plus its texts.
 *
 * @param name the settings key under {@code mining.}, such as {@code stalledDays}
 * @param defaultValue what applies until an admin changes it (the product brief's value)
 * @param min the lowest value allowed ({@code minIncluded} says whether it is itself allowed)
 * @param max the highest value allowed ({@code maxIncluded} likewise)
 * @param unit what the number counts, which decides the form's keyboard and the docs' wording
 * @param below another threshold this one must stay under, or null
 * @param belowMessageKey the i18n message when it does not
 */
public record Threshold(
    String name,
    double defaultValue,
    double min,
    boolean minIncluded,
    double max,
    boolean maxIncluded,
    Unit unit,
    Threshold below,
    String belowMessageKey) {

  /** What a threshold counts. */
  public enum Unit {
    /** A share of a whole, strictly between nothing and all of it. */
    SHARE,
    /** A multiple of something else, such as of the original estimate. */
    MULTIPLE,
    /** Days, fractions allowed. */
    DAYS,
    /** A whole number of events. */
    COUNT
  }

  /** The settings and form key prefix of every threshold. */
  public static final String KEY_PREFIX = "mining.";

  public Threshold {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (!name.matches("[a-z][A-Za-z]*")) {
      throw new IllegalArgumentException("threshold names are lower camel case: " + name);
    }
    if ((below == null) != (belowMessageKey == null)) {
      throw new IllegalArgumentException("a bound by another threshold needs its message");
    }
    if (!inRange(defaultValue, min, minIncluded, max, maxIncluded, unit)) {
      throw new IllegalArgumentException(name + "'s default lies outside its own range");
    }
  }

  /** Strictly between 0 and 1. */
  public static Threshold share(String name, double defaultValue) {
    return new Threshold(name, defaultValue, 0, false, 1, false, Unit.SHARE, null, null);
  }

  /** Any multiple above 0. */
  public static Threshold multiple(String name, double defaultValue) {
    return new Threshold(
        name, defaultValue, 0, false, Double.POSITIVE_INFINITY, false, Unit.MULTIPLE, null, null);
  }

  /** Days above 0, or from 0 on when {@code zeroAllowed}. */
  public static Threshold days(String name, double defaultValue, boolean zeroAllowed) {
    return new Threshold(
        name, defaultValue, 0, zeroAllowed, Double.POSITIVE_INFINITY, false, Unit.DAYS, null, null);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public static Threshold count(String name, int defaultValue, int min, int max) {
    return new Threshold(name, defaultValue, min, true, max, true, Unit.COUNT, null, null);
  }

  /** The same threshold, which must also stay under {@code upper}. */
  public Threshold below(Threshold upper, String messageKey) {
    return new Threshold(
        name, defaultValue, min, minIncluded, max, maxIncluded, unit, upper, messageKey);
  }

  /** Whether the value lies in this threshold's own range (the bound by another apart). */
  public boolean allows(double value) {
    return inRange(value, min, minIncluded, max, maxIncluded, unit);
  }

  public boolean whole() {
    return unit == Unit.COUNT;
  }

  /** {@code mining.stalledDays}: in the admin form, stored settings and the preview's file. */
  public String settingsKey() {
    return KEY_PREFIX + name;
  }

  /** {@code stalled-days}: the form field's id and its i18n keys' stem. */
  public String slug() {
    return name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  /** i18n key of the form field's label; {@link #helpKey()} is its explanation. */
  public String labelKey() {
    return "pmobuyin.admin.costs.field." + slug();
  }

  public String helpKey() {
    return labelKey() + ".help";
  }

  private static boolean inRange(
      double value, double min, boolean minIn, double max, boolean maxIn, Unit unit) {
    return !Double.isNaN(value)
        && (minIn ? value >= min : value > min)
        && (maxIn ? value <= max : value < max)
        && (unit != Unit.COUNT || value == Math.rint(value));
  }
}
