package io.pmobuyin.report.analysis;

/**
 * The one verdict every view gives on a change since the PMO started: improved, no clear change or
 * worse, decided by its 95 % interval (wholly better, spanning no change, wholly worse), or too
 * little data when a side falls short of the {@link MinimumSample}. Shown as a word and a symbol,
 * never by colour alone.
 */
public enum Verdict {
  IMPROVED("better", "\u2713"),
  NO_CLEAR_CHANGE("unclear", "\u2248"),
  WORSE("worse", "\u2717"),
  TOO_LITTLE_DATA("unknown", "?");

  private final String id;
  private final String symbol;

  Verdict(String id, String symbol) {
    this.id = id;
    this.symbol = symbol;
  }

  /**
   * @param low the interval's lower end of the change (since minus before)
   * @param high its upper end
   * @param lowerIsBetter a pattern's share, slip days: less is better
   */
  public static Verdict of(double low, double high, boolean lowerIsBetter) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return TOO_LITTLE_DATA;
    }
    if (low <= 0 && high >= 0) {
      return NO_CLEAR_CHANGE;
    }
    boolean fell = high < 0;
    return fell == lowerIsBetter ? IMPROVED : WORSE;
  }

  /** The CSS class and the id in CSV: better, unclear, worse, unknown. */
  public String id() {
    return id;
  }

  /** The mark shown before the word, so that no verdict rests on colour alone. */
  public String symbol() {
    return symbol;
  }

  /** i18n key of the verdict's word. */
  public String messageKey() {
    return "pmobuyin.gadget.verdict." + id;
  }
}
