package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Compile-only declaration of a final class (never packaged); we call only its static factories.
 * Checked against: ../shared/reference/jira-platform-api.md §7.2 (final class: forInterval(long,
 * Date), runOnce(Date)). Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public final class Schedule {

  private final long intervalInMillis;
  private final Date firstRunTime;

  private Schedule(long intervalInMillis, Date firstRunTime) {
    this.intervalInMillis = intervalInMillis;
    this.firstRunTime = firstRunTime;
  }

  public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
    return new Schedule(intervalInMillis, firstRunTime);
  }

  public static Schedule runOnce(Date runTime) {
    return new Schedule(0, runTime);
  }

  @Override
  public String toString() {
    return "Schedule[" + intervalInMillis + "ms from " + firstRunTime + "]";
  }
}
