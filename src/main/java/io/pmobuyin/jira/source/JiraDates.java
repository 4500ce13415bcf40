package io.pmobuyin.jira.source;

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
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** The calendar day of a date-only value; works for any Date, java.sql.Date included. */
  LocalDate day(Date midnight) {
    return midnight == null
        ? null
        : Instant.ofEpochMilli(midnight.getTime()).atZone(storedIn).toLocalDate();
  }
}
