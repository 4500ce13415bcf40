package io.pmobuyin.run.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * When subscriptions are due, in the time zone of the settings. A timed subscription is due when a
 * slot (its weekday or day of month at its hour) has passed since it last sent, or since it was
 * created: however many slots passed while Jira was down, one message goes out, and the next slot
 * is counted from then. Slots are wall-clock times, so they stay at their hour across daylight
 * saving changes; an hour the change skips moves forward by the gap, as {@link ZonedDateTime}
 * resolves it.
 */
public final class SendCalendar {

  private final ZoneId zone;

  public SendCalendar(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * Whether the subscription is due now, and when it next sends.
   *
   * @param lastSent when it last sent; null if never
   * @param lastRun when the latest successful mining run finished; null if none yet
   */
  public SendTime due(Subscription subscription, Instant lastSent, Instant lastRun, Instant now) {
    Instant since =
        lastSent == null || lastSent.isBefore(subscription.created())
            ? subscription.created()
            : lastSent;
    Cadence cadence = subscription.cadence();
    if (!cadence.timed()) {
      boolean due = lastRun != null && lastRun.isAfter(since);
      return new SendTime(due, due ? Optional.of(now) : Optional.empty());
    }
    boolean due = latestSlot(cadence, now).isAfter(since);
    return new SendTime(due, Optional.of(due ? now : nextSlot(cadence, now)));
  }

  /** The latest slot at or before this instant. */
  Instant latestSlot(Cadence cadence, Instant at) {
    ZonedDateTime local = at.atZone(zone);
    Instant slot = slotOn(cadence, local.toLocalDate(), 0);
    return slot.isAfter(at) ? slotOn(cadence, local.toLocalDate(), -1) : slot;
  }

  /** The first slot strictly after this instant. */
  Instant nextSlot(Cadence cadence, Instant at) {
    ZonedDateTime local = at.atZone(zone);
    Instant slot = slotOn(cadence, local.toLocalDate(), 0);
    return slot.isAfter(at) ? slot : slotOn(cadence, local.toLocalDate(), 1);
  }

  /**
   * The slot of the week or month holding this date, or of the one before or after it. Weeks and
   * months move as dates, never as durations, so a slot keeps its wall-clock hour.
   */
  private Instant slotOn(Cadence cadence, LocalDate date, int periodsLater) {
    LocalDate day =
        switch (cadence.kind()) {
          case WEEKLY ->
              date.with(TemporalAdjusters.previousOrSame(cadence.weekday()))
                  .plusWeeks(periodsLater);
          case MONTHLY -> {
            YearMonth month = YearMonth.from(date).plusMonths(periodsLater);
            yield month.atDay(Math.min(cadence.dayOfMonth(), month.lengthOfMonth()));
          }
          case AFTER_RUN -> throw new IllegalArgumentException("after-run has no slots");
        };
    return ZonedDateTime.of(LocalDateTime.of(day, LocalTime.of(cadence.hour(), 0)), zone)
        .toInstant();
  }
}
