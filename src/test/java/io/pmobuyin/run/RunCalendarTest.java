package io.pmobuyin.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @ParameterizedTest
  @CsvSource({
    "2026-11-22T01:00:00Z, 2026-11-22T02:00:00Z", // 02:00 in Berlin: 03:00 is still to come
    "2026-11-22T03:00:00Z, 2026-11-23T02:00:00Z", // 04:00 in Berlin: tomorrow
    "2026-11-22T01:59:59Z, 2026-11-22T02:00:00Z",
    "2026-11-22T02:00:00Z, 2026-11-23T02:00:00Z", // exactly at a run: the next one
    "2026-11-21T23:30:00Z, 2026-11-22T02:00:00Z" // after midnight in Berlin, before 03:00
  })
  void runsDailyAtThreeInTheMorningLocalTime(String now, String next) {
    RunCalendar daily = new RunCalendar(Duration.ofHours(24), RunCalendar.QUIET_HOUR, BERLIN);

    assertThat(daily.nextRunAfter(Instant.parse(now))).isEqualTo(Instant.parse(next));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-22T00:10:00Z, 2026-11-22T02:00:00Z", // runs at 03, 09, 15, 21 Berlin
    "2026-11-22T02:10:00Z, 2026-11-22T08:00:00Z",
    "2026-11-22T19:00:00Z, 2026-11-22T20:00:00Z",
    "2026-11-22T20:30:00Z, 2026-11-23T02:00:00Z"
  })
  void runsEveryFewHoursCountedFromTheQuietHour(String now, String next) {
    RunCalendar sixHourly = new RunCalendar(Duration.ofHours(6), RunCalendar.QUIET_HOUR, BERLIN);

    assertThat(sixHourly.nextRunAfter(Instant.parse(now))).isEqualTo(Instant.parse(next));
  }

  @Test
  void givesEveryNodeTheSameNextRunWhateverTimeItStarts() {
    RunCalendar daily = new RunCalendar(Duration.ofHours(24), RunCalendar.QUIET_HOUR, BERLIN);

    assertThat(daily.nextRunAfter(Instant.parse("2026-11-22T05:00:00Z")))
        .isEqualTo(daily.nextRunAfter(Instant.parse("2026-11-22T17:45:12Z")));
  }

  @Test
  void refusesAnEmptyInterval() {
    assertThatThrownBy(() -> new RunCalendar(Duration.ZERO, RunCalendar.QUIET_HOUR, BERLIN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
