package io.pmobuyin.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When scheduled runs happen: every interval, counted from a fixed time of day (03:00 by default,
 * when Jira is quiet). The times do not depend on when a node started, so every node that
 * (re)schedules the job computes the same next run, and a restart never pushes a run back.
 */
public final class RunCalendar {

  public static final LocalTime QUIET_HOUR = LocalTime.of(3, 0);

  private final Duration interval;
  private final LocalTime anchor;
  private final ZoneId zone;

  public RunCalendar(Duration interval, LocalTime anchor, ZoneId zone) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    this.interval = interval;
    this.anchor = anchor;
    this.zone = zone;
  }

  public Duration interval() {
    return interval;
  }

  /** The first scheduled run strictly after {@code now}. */
  public Instant nextRunAfter(Instant now) {
    ZonedDateTime start = now.atZone(zone).with(anchor);
    Instant first = start.toInstant();
    if (first.isAfter(now)) {
      // Step back whole intervals, so that runs before the anchor hour today are found too.
      long back = Duration.between(now, first).toMillis() / interval.toMillis();
      first = first.minus(interval.multipliedBy(back));
      return first.isAfter(now) ? first : first.plus(interval);
    }
    long steps = Duration.between(first, now).toMillis() / interval.toMillis() + 1;
    return first.plus(interval.multipliedBy(steps));
  }
}
