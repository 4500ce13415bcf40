package io.pmobuyin.jira.digest;

import io.pmobuyin.run.digest.Audience;
import io.pmobuyin.run.digest.Cadence;
import io.pmobuyin.run.digest.SendRecord;
import io.pmobuyin.run.digest.Subscription;
import java.time.DayOfWeek;
import java.time.Instant;

/**
 * A subscription as stored in JSON: plain strings and numbers, so that the stored form does not
 * change when the engine's records do.
 */
record StoredSubscription(
    String id,
    String audience,
    String group,
    String cadence,
    String weekday,
    int day,
    int hour,
    String created) {

  static StoredSubscription of(Subscription subscription) {
    Cadence cadence = subscription.cadence();
    return new StoredSubscription(
        subscription.id(),
        subscription.audience().kind().name(),
        subscription.audience().group(),
        cadence.kind().name(),
        cadence.weekday() == null ? null : cadence.weekday().name(),
        cadence.dayOfMonth(),
        cadence.hour(),
        subscription.created().toString());
  }

  Subscription subscription() {
    Audience who =
        Audience.Kind.valueOf(audience) == Audience.Kind.GROUP
            ? Audience.group(group)
            : Audience.sponsors();
    Cadence when =
        new Cadence(
            Cadence.Kind.valueOf(cadence),
            weekday == null ? null : DayOfWeek.valueOf(weekday),
            day,
            hour);
    return new Subscription(id, who, when, Instant.parse(created));
  }

  /** A send record as stored: instants as ISO strings, null when never. */
  record Sent(String lastSent, String lastAttempt, String outcome, int queued, int skipped) {

    static Sent of(SendRecord record) {
      return new Sent(
          text(record.lastSent()),
          text(record.lastAttempt()),
          record.outcomeKey(),
          record.queued(),
          record.skipped());
    }

    SendRecord record() {
      return new SendRecord(instant(lastSent), instant(lastAttempt), outcome, queued, skipped);
    }

    private static String text(Instant instant) {
      return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
      return text == null ? null : Instant.parse(text);
    }
  }
}
