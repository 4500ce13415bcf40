package io.pmobuyin.run.digest;

import io.pmobuyin.report.ReportDates;
import io.pmobuyin.report.view.GadgetData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One pass over every subscription: each one that is due sends, and what happened is recorded. A
 * subscription whose messages could not go (mail off, no report yet) stays due, so it sends once
 * the cause is gone, and only once.
 */
public final class DigestRound {

  private final SubscriptionStore store;
  private final DigestSender sender;
  private final Supplier<Optional<GadgetData>> data;
  private final Supplier<ZoneId> zone;
  private final Clock clock;

  public DigestRound(
      SubscriptionStore store,
      DigestSender sender,
      Supplier<Optional<GadgetData>> data,
      Supplier<ZoneId> zone,
      Clock clock) {
    this.store = store;
    this.sender = sender;
    this.data = data;
    this.zone = zone;
    this.clock = clock;
  }

  /** Sends what is due; answers how many subscriptions sent. */
  public int run() {
    Instant now = clock.instant();
    SendCalendar calendar = new SendCalendar(zone.get());
    Optional<GadgetData> current = data.get();
    Instant lastRun = current.map(d -> d.report().dates()).map(ReportDates::minedAt).orElse(null);
    Map<String, SendRecord> log = store.sendLog();
    int sent = 0;
    RuntimeException firstFailure = null;
    for (Subscription subscription : store.subscriptions()) {
      SendRecord before = log.getOrDefault(subscription.id(), SendRecord.NEVER);
      if (!calendar.due(subscription, before.lastSent(), lastRun, now).due()) {
        continue;
      }
      SendResult result;
      try {
        result =
            current.isEmpty()
                ? new SendResult(SendResult.NO_REPORT, 0, 0)
                : sender.send(subscription, current.get());
      } catch (RuntimeException failure) {
        firstFailure = firstFailure == null ? failure : firstFailure;
        result = new SendResult(SendResult.FAILED, 0, 0);
      }
      if (SendResult.SENT.equals(result.outcomeKey())) {
        sent++;
      } else if (!result.done() && result.outcomeKey().equals(before.outcomeKey())) {
        continue; // still waiting for the same cause: nothing new to record
      }
      SendRecord record =
          new SendRecord(
              result.done() ? now : before.lastSent(),
              now,
              result.outcomeKey(),
              result.queued(),
              result.skipped());
      try {
        recordTwice(subscription.id(), record);
      } catch (RuntimeException failure) {
        // The other subscriptions still get their turn; this one may send again next pass.
        firstFailure = firstFailure == null ? failure : firstFailure;
      }
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
    return sent;
  }

  /**
   * What was queued must be recorded, or the next pass sends it again: a store that is busy
   * (another node holding its lock) gets a second try.
   */
  private void recordTwice(String subscriptionId, SendRecord record) {
    try {
      store.record(subscriptionId, record);
    } catch (RuntimeException busy) {
      store.record(subscriptionId, record);
    }
  }
}
