package io.pmobuyin.report.analysis;

import java.util.Locale;

/**
 * Which closed projects a gadget looks at, by when they closed. Counted back from the newest
 * quarter in the report, not from today, so a report reads the same whenever it is opened.
 */
public enum ClosePeriod {
  ALL(0),
  LAST_4_QUARTERS(4),
  LAST_8_QUARTERS(8);

  private final int quarters;

  ClosePeriod(int quarters) {
    this.quarters = quarters;
  }

  /** Quarters counted back, 0 for all. */
  public int quarters() {
    return quarters;
  }

  /** The id used in gadget preferences and URLs, e.g. {@code last-4-quarters}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String labelKey() {
    return "pmobuyin.gadget.period." + id();
  }

  /**
   * The period with this id; {@link #ALL} for anything else, since a stale preference is no error.
   */
  public static ClosePeriod fromId(String id) {
    for (ClosePeriod period : values()) {
      if (period.id().equals(id)) {
        return period;
      }
    }
    return ALL;
  }
}
