package io.pmobuyin.run.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SendCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final SendCalendar calendar = new SendCalendar(BERLIN);

  private static Instant berlin(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
  }

  private static Subscription created(Cadence cadence, String localDateTime) {
    return new Subscription("s1", Audience.sponsors(), cadence, berlin(localDateTime));
  }

  @Test
  void weeklyIsNotDueBeforeItsFirstSlotAndSaysWhenThatIs() {
    // Wednesday 2026-03-04
    Subscription weekly = created(Cadence.weekly(DayOfWeek.MONDAY, 8), "2026-03-04T10:00");

    SendTime time = calendar.due(weekly, null, null, berlin("2026-03-06T12:00"));

    assertThat(time.due()).isFalse();
    assertThat(time.next()).contains(berlin("2026-03-09T08:00"));
  }

  @Test
  void weeklyIsDueOnceItsSlotPassedAndNotAgainAfterSending() {
    Subscription weekly = created(Cadence.weekly(DayOfWeek.MONDAY, 8), "2026-03-04T10:00");
    Instant sent = berlin("2026-03-09T08:05");

    assertThat(calendar.due(weekly, null, null, berlin("2026-03-09T08:01")).due()).isTrue();
    assertThat(calendar.due(weekly, sent, null, berlin("2026-03-09T08:20")).due()).isFalse();
    assertThat(calendar.due(weekly, sent, null, berlin("2026-03-09T08:20")).next())
        .contains(berlin("2026-03-16T08:00"));
  }

  @Test
  void aSlotAtItsExactInstantCountsAsPassed() {
    Subscription weekly = created(Cadence.weekly(DayOfWeek.MONDAY, 8), "2026-03-04T10:00");

    assertThat(calendar.due(weekly, null, null, berlin("2026-03-09T08:00")).due()).isTrue();
    assertThat(calendar.due(weekly, null, null, berlin("2026-03-09T07:59")).due()).isFalse();
  }

  @Test
  void weeklyKeepsItsWallClockHourAcrossTheSpringAndAutumnChanges() {
    // Berlin moves to summer time on 2026-03-29 and back on 2026-10-25 (both Sundays).
    Subscription weekly = created(Cadence.weekly(DayOfWeek.MONDAY, 8), "2026-03-01T10:00");

    assertThat(calendar.nextSlot(weekly.cadence(), berlin("2026-03-24T00:00")))
        .isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    assertThat(calendar.nextSlot(weekly.cadence(), berlin("2026-03-23T09:00")))
        .isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    assertThat(calendar.nextSlot(weekly.cadence(), berlin("2026-10-20T00:00")))
        .isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
  }

  @Test
  void anHourTheSpringChangeSkipsMovesForwardByTheGapAndSendsOnce() {
    // 02:00 does not exist in Berlin on 2026-03-29: the slot is 03:00 summer time.
    Subscription sunday = created(Cadence.weekly(DayOfWeek.SUNDAY, 2), "2026-03-25T10:00");

    Instant slot = calendar.nextSlot(sunday.cadence(), berlin("2026-03-28T12:00"));

    assertThat(slot).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    assertThat(calendar.due(sunday, null, null, slot).due()).isTrue();
    assertThat(calendar.due(sunday, slot, null, slot.plusSeconds(3600)).due()).isFalse();
  }

  @Test
  void anHourTheAutumnChangeRepeatsSendsOnlyOnce() {
    // 02:30 happens twice in Berlin on 2026-10-25; the slot is the first, and sending then
    // settles the second.
    Subscription sunday = created(Cadence.weekly(DayOfWeek.SUNDAY, 2), "2026-10-20T10:00");
    Instant first = Instant.parse("2026-10-25T00:00:00Z");

    assertThat(calendar.nextSlot(sunday.cadence(), berlin("2026-10-24T12:00"))).isEqualTo(first);
    assertThat(calendar.due(sunday, first, null, first.plusSeconds(3600)).due()).isFalse();
  }

  @Test
  void monthlyOnThe31stSendsOnTheLastDayOfShorterMonths() {
    Subscription monthly = created(Cadence.monthly(31, 7), "2026-01-31T12:00");

    assertThat(calendar.nextSlot(monthly.cadence(), berlin("2026-01-31T12:00")))
        .isEqualTo(berlin("2026-02-28T07:00"));
    assertThat(calendar.nextSlot(monthly.cadence(), berlin("2028-02-01T00:00")))
        .isEqualTo(berlin("2028-02-29T07:00"));
    assertThat(calendar.nextSlot(monthly.cadence(), berlin("2026-02-28T07:00")))
        .isEqualTo(berlin("2026-03-31T07:00"));
    assertThat(calendar.nextSlot(monthly.cadence(), berlin("2026-04-01T00:00")))
        .isEqualTo(berlin("2026-04-30T07:00"));
  }

  @Test
  void monthlyIsDueAtTheEndOfFebruaryNotInMarch() {
    Subscription monthly = created(Cadence.monthly(31, 7), "2026-01-31T12:00");

    assertThat(calendar.due(monthly, null, null, berlin("2026-02-28T06:59")).due()).isFalse();
    assertThat(calendar.due(monthly, null, null, berlin("2026-02-28T07:00")).due()).isTrue();
  }

  @Test
  void aMissedWindowSendsOnceNotOncePerMissedSlot() {
    Subscription weekly = created(Cadence.weekly(DayOfWeek.MONDAY, 8), "2026-03-01T10:00");
    Instant lastSent = berlin("2026-03-02T08:00");
    // Jira was down for three Mondays.
    Instant back = berlin("2026-03-25T15:00");

    SendTime onReturn = calendar.due(weekly, lastSent, null, back);
    SendTime afterSending = calendar.due(weekly, back, null, back.plusSeconds(900));

    assertThat(onReturn.due()).isTrue();
    assertThat(afterSending.due()).isFalse();
    assertThat(afterSending.next()).contains(berlin("2026-03-30T08:00"));
  }

  @Test
  void afterEachRunIsDueWhenARunSucceededSinceItLastSent() {
    Subscription afterRun = created(Cadence.afterEachRun(), "2026-03-01T10:00");
    Instant run = berlin("2026-03-03T02:00");

    assertThat(calendar.due(afterRun, null, null, run.plusSeconds(60)).due()).isFalse();
    assertThat(calendar.due(afterRun, null, run, run.plusSeconds(60)).due()).isTrue();
    assertThat(calendar.due(afterRun, run.plusSeconds(60), run, run.plusSeconds(120)).due())
        .isFalse();
    assertThat(calendar.due(afterRun, null, run, run.plusSeconds(60)).next()).isPresent();
    assertThat(calendar.due(afterRun, run.plusSeconds(60), run, run.plusSeconds(120)).next())
        .isEmpty();
  }

  @Test
  void aRunBeforeTheSubscriptionExistedSendsNothing() {
    Subscription afterRun = created(Cadence.afterEachRun(), "2026-03-05T10:00");

    assertThat(
            calendar
                .due(afterRun, null, berlin("2026-03-03T02:00"), berlin("2026-03-05T11:00"))
                .due())
        .isFalse();
  }

  @Test
  void hoursAreReadInTheSettingsZone() {
    Subscription weekly = created(Cadence.weekly(DayOfWeek.MONDAY, 8), "2026-03-01T10:00");
    SendCalendar tokyo = new SendCalendar(ZoneId.of("Asia/Tokyo"));

    assertThat(tokyo.nextSlot(weekly.cadence(), Instant.parse("2026-03-01T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
  }
}
