package io.pmobuyin.mining.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years a date of a project's work may fall in: 1970 to 2100. A date outside them is a typing
 * or conversion error (year 0500 for 2005, a zero timestamp read as 0001), never real work, and it
 * would break every calendar the reports draw; sources refuse it with a message instead.
 */
public final class PlausibleDates {

  public static final int FIRST_YEAR = 1970;
  public static final int LAST_YEAR = 2100;

  private PlausibleDates() {}

  public static boolean contains(LocalDate day) {
    return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
  }

  /** By the instant's date in UTC: a day either side of the window's edges changes nothing. */
  public static boolean contains(Instant instant) {
    return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
  }

  /** The window as readers see it in messages: {@code 1970–2100}. */
  public static String range() {
    return FIRST_YEAR + "\u2013" + LAST_YEAR;
  }
}
