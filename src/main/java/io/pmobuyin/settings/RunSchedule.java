package io.pmobuyin.settings;

import java.time.Duration;

/**
 * How often the mining job runs.
 *
 * @param intervalHours hours between runs, from {@link #MIN_HOURS} (hourly) to {@link #MAX_HOURS}
 *     (weekly); daily by default
 */
public record RunSchedule(int intervalHours) {

  public static final int MIN_HOURS = 1;
  public static final int MAX_HOURS = 168;
  public static final int DEFAULT_HOURS = 24;

  public RunSchedule {
    if (intervalHours < MIN_HOURS || intervalHours > MAX_HOURS) {
      throw new IllegalArgumentException(
          "run interval must be " + MIN_HOURS + " to " + MAX_HOURS + " hours: " + intervalHours);
    }
  }

  public static RunSchedule defaults() {
    return new RunSchedule(DEFAULT_HOURS);
  }

  public Duration interval() {
    return Duration.ofHours(intervalHours);
  }
}
