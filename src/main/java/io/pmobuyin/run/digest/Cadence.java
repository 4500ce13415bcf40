package io.pmobuyin.run.digest;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * How often a subscription sends: weekly on a weekday at an hour, monthly on a day at an hour (a
 * day the month does not have means its last day), or after each successful mining run. Hours are
 * read in the time zone of the app's settings.
 *
 * @param weekday for weekly cadences; null otherwise
 * @param dayOfMonth 1 to 31 for monthly cadences; 0 otherwise
 * @param hour 0 to 23 for weekly and monthly cadences; 0 otherwise
 */
public record Cadence(Kind kind, DayOfWeek weekday, int dayOfMonth, int hour) {

  public enum Kind {
    WEEKLY,
    MONTHLY,
    AFTER_RUN
  }

  public Cadence {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.WEEKLY) {
      Objects.requireNonNull(weekday, "weekday");
    } else {
      weekday = null;
    }
    if (kind == Kind.MONTHLY && (dayOfMonth < 1 || dayOfMonth > 31)) {
      throw new IllegalArgumentException("day of month out of 1..31: " + dayOfMonth);
    }
    if (kind != Kind.MONTHLY) {
      dayOfMonth = 0;
    }
    if (kind == Kind.AFTER_RUN) {
      hour = 0;
    } else if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour out of 0..23: " + hour);
    }
  }

  public static Cadence weekly(DayOfWeek weekday, int hour) {
    return new Cadence(Kind.WEEKLY, weekday, 0, hour);
  }

  public static Cadence monthly(int dayOfMonth, int hour) {
    return new Cadence(Kind.MONTHLY, null, dayOfMonth, hour);
  }

  public static Cadence afterEachRun() {
    return new Cadence(Kind.AFTER_RUN, null, 0, 0);
  }

  public boolean timed() {
    return kind != Kind.AFTER_RUN;
  }
}
