package io.pmobuyin.jira.rest;

import io.pmobuyin.run.digest.Audience;
import io.pmobuyin.run.digest.Cadence;
import io.pmobuyin.run.digest.Outbox;
import io.pmobuyin.run.digest.SendCalendar;
import io.pmobuyin.run.digest.SendRecord;
import io.pmobuyin.run.digest.Subscription;
import io.pmobuyin.run.digest.SubscriptionStore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The admin panel's view of the subscriptions: words, next and last send, in the settings' zone.
 */
final class DigestOverview {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  private final RestErrors texts;

  DigestOverview(RestErrors texts) {
    this.texts = texts;
  }

  DigestOverviewDto of(
      SubscriptionStore store, Outbox.MailState mail, ZoneId zone, Instant lastRun, Instant now) {
    SendCalendar calendar = new SendCalendar(zone);
    Map<String, SendRecord> log = store.sendLog();
    return new DigestOverviewDto(
        mail.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        mail.sends() ? null : texts.text(mailNoticeKey(mail)),
        zone.getId(),
        store.subscriptions().stream()
            .map(s -> row(s, log.getOrDefault(s.id(), SendRecord.NEVER), calendar, lastRun, now))
            .toList());
  }

  static String mailNoticeKey(Outbox.MailState mail) {
    return mail == Outbox.MailState.DISABLED
        ? "pmobuyin.digest.mail.disabled"
        : "pmobuyin.digest.mail.no-server";
  }

  private DigestSubscriptionDto row(
      Subscription subscription,
      SendRecord record,
      SendCalendar calendar,
      Instant lastRun,
      Instant now) {
    Cadence cadence = subscription.cadence();
    Audience audience = subscription.audience();
    return new DigestSubscriptionDto(
        subscription.id(),
        audience.kind() == Audience.Kind.GROUP ? "group" : "sponsors",
        audience.group(),
        switch (cadence.kind()) {
          case WEEKLY -> "weekly";
          case MONTHLY -> "monthly";
          case AFTER_RUN -> "after-run";
        },
        cadence.weekday() == null ? null : cadence.weekday().name(),
        cadence.kind() == Cadence.Kind.MONTHLY ? cadence.dayOfMonth() : null,
        cadence.timed() ? cadence.hour() : null,
        summary(subscription, calendar.zone()),
        calendar
            .due(subscription, record.lastSent(), lastRun, now)
            .next()
            .map(at -> when(at, calendar.zone()))
            .orElse(null),
        record.lastSent() == null ? null : when(record.lastSent(), calendar.zone()),
        record.outcomeKey() == null
            ? null
            : texts.text(record.outcomeKey(), record.queued(), record.skipped()));
  }

  private String summary(Subscription subscription, ZoneId zone) {
    Audience audience = subscription.audience();
    String who =
        audience.kind() == Audience.Kind.GROUP
            ? texts.text("pmobuyin.digest.summary.group", audience.group())
            : texts.text("pmobuyin.digest.summary.sponsors");
    Cadence cadence = subscription.cadence();
    String hour = String.format(Locale.ROOT, "%02d:00", cadence.hour());
    return switch (cadence.kind()) {
      case WEEKLY ->
          texts.text(
              "pmobuyin.digest.summary.weekly",
              cadence.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
              hour,
              zone.getId(),
              who);
      case MONTHLY ->
          texts.text(
              "pmobuyin.digest.summary.monthly", cadence.dayOfMonth(), hour, zone.getId(), who);
      case AFTER_RUN -> texts.text("pmobuyin.digest.summary.after-run", who);
    };
  }

  private static String when(Instant at, ZoneId zone) {
    return WHEN.format(at.atZone(zone))
        + " "
        + zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
