package io.pmobuyin.jira.source;

import io.pmobuyin.mining.record.PlausibleDates;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Jira's times as the engine takes them. Timestamps are instants. Date-only values (due dates,
 * release dates) are stored by Jira as a day without a time and handed out as midnight of that day
 * in the JVM's zone, so the calendar day is only that midnight read back in the same zone: read in
 * UTC, a due date in Berlin would fall on the day before.
 *
 * <p>A time outside {@link PlausibleDates} (a zero timestamp, year 0500 for 2005) fails the issue
 * with a message that says so: the run reports the issue and goes on, as for any unreadable one.
 */
final class JiraDates {

  private final ZoneId storedIn;

  /**
   * @param storedIn the zone in which Jira hands out date-only values: its JVM's default zone
   */
  JiraDates(ZoneId storedIn) {
    this.storedIn = storedIn;
  }

  static Instant instant(Timestamp timestamp) {
    if (timestamp == null) {
      return null;
    }
    Instant instant = timestamp.toInstant();
    if (!PlausibleDates.contains(instant)) {
      throw outside(instant.toString());
    }
    return instant;
  }

  /** The calendar day of a date-only value; works for any Date, java.sql.Date included. */
  LocalDate day(Date midnight) {
    if (midnight == null) {
      return null;
    }
    LocalDate day = Instant.ofEpochMilli(midnight.getTime()).atZone(storedIn).toLocalDate();
    if (!PlausibleDates.contains(day)) {
      throw outside(day.toString());
    }
    return day;
  }

  private static IllegalArgumentException outside(String value) {
    return new IllegalArgumentException(
        "a date outside the years " + PlausibleDates.range() + ": " + value);
  }
}
