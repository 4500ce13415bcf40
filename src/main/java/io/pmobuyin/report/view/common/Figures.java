package io.pmobuyin.report.view.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader sees them (localised, rounded, "–" where unknown) and as a CSV file holds
 * them (plain, with a dot). Not thread-safe, like the formats inside it: make one per rendering.
 */
public final class Figures {

  public static final String UNKNOWN = "–";

  private final NumberFormat percent;
  private final NumberFormat decimal;
  private final NumberFormat whole;
  private final NumberFormat compact;
  private final String currency;

  public Figures(Locale locale, String currency) {
    this.percent = NumberFormat.getPercentInstance(locale);
    this.percent.setMinimumFractionDigits(1);
    this.percent.setMaximumFractionDigits(1);
    this.decimal = NumberFormat.getNumberInstance(locale);
    this.decimal.setMinimumFractionDigits(1);
    this.decimal.setMaximumFractionDigits(1);
    this.whole = NumberFormat.getIntegerInstance(locale);
    this.compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
    this.compact.setMaximumFractionDigits(1);
    this.currency = currency;
  }

  public String percent(double share) {
    return Double.isFinite(share) ? percent.format(share) : UNKNOWN;
  }

  /** A change of a share in percentage points, signed: "+2.5 pp", "−4.0 pp". */
  public String points(double shareDelta) {
    if (!Double.isFinite(shareDelta)) {
      return UNKNOWN;
    }
    String magnitude = decimal.format(Math.abs(shareDelta) * 100);
    return (shareDelta < 0 ? "−" : "+") + magnitude + " pp";
  }

  public String decimal(double value) {
    return Double.isFinite(value) ? decimal.format(value) : UNKNOWN;
  }

  public String whole(double value) {
    return Double.isFinite(value) ? whole.format(Math.round(value)) : UNKNOWN;
  }

  /** Money, short: "36.2M USD". */
  public String money(double amount) {
    return Double.isFinite(amount) ? compact.format(amount) + " " + currency : UNKNOWN;
  }

  public String currency() {
    return currency;
  }

  /** For CSV: no grouping, a dot, at most four decimals, empty where unknown. */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value)
        .setScale(4, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
