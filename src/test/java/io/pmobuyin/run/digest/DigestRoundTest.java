package io.pmobuyin.run.digest;

import static io.pmobuyin.run.digest.DigestFakes.person;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.digest.DigestFakes.FakeAudiences;
import io.pmobuyin.run.digest.DigestFakes.FakeOutbox;
import io.pmobuyin.run.digest.DigestFakes.MemorySubscriptions;
import io.pmobuyin.run.digest.DigestFakes.RecordingComposer;
import io.pmobuyin.testing.BundleTexts;
import io.pmobuyin.testing.InMemoryOptOuts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DigestRoundTest {

  private static final Audience PMO = Audience.group("pmo-office");
  // Sunday 2026-03-01, midnight UTC; the weekly slot is Monday 08:00 UTC.
  private static final Instant CREATED = Instant.parse("2026-03-01T00:00:00Z");

  private final MemorySubscriptions store = new MemorySubscriptions();
  private final FakeAudiences audiences =
      new FakeAudiences().with(PMO, person("ann", "ann@example.com", "ALPHA"));
  private final FakeOutbox outbox = new FakeOutbox();
  private final AtomicReference<Instant> now = new AtomicReference<>(CREATED);
  private Optional<GadgetData> data =
      Optional.of(reportMinedAt(Instant.parse("2026-02-27T02:00:00Z")));
  private final DigestRound round =
      new DigestRound(
          store,
          new DigestSender(
              audiences,
              new InMemoryOptOuts(),
              new RecordingComposer(),
              BundleTexts::new,
              DigestFakes.links(),
              outbox),
          () -> data,
          () -> ZoneOffset.UTC,
          new Clock() {
            @Override
            public ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now.get();
            }
          });

  private static GadgetData reportMinedAt(Instant minedAt) {
    return new GadgetData(
        aReport().minedAt(minedAt).projects(aProject("ALPHA")).build(), null, null, null);
  }

  private void at(String instant) {
    now.set(Instant.parse(instant));
  }

  @Test
  void sendsWhenDueRecordsItAndDoesNotSendAgainAfterARestart() {
    store.subscriptions = new java.util.ArrayList<>(List.of(DigestFakes.weeklyTo(PMO, CREATED)));

    at("2026-03-02T07:45:00Z");
    assertThat(round.run()).isZero();
    at("2026-03-02T08:10:00Z");
    assertThat(round.run()).isEqualTo(1);
    // A new round object over the same store is what a restart looks like.
    at("2026-03-02T08:25:00Z");
    assertThat(round.run()).isZero();

    assertThat(outbox.addresses()).containsExactly("ann@example.com");
    SendRecord record = store.log.get("weekly-1");
    assertThat(record.lastSent()).isEqualTo(Instant.parse("2026-03-02T08:10:00Z"));
    assertThat(record.outcomeKey()).isEqualTo(SendResult.SENT);
    assertThat(record.queued()).isEqualTo(1);
  }

  @Test
  void aBusyStoreGetsASecondTrySoWhatWasSentIsNotSentAgain() {
    store.subscriptions = new java.util.ArrayList<>(List.of(DigestFakes.weeklyTo(PMO, CREATED)));
    store.busyRecords = 1;

    at("2026-03-02T08:10:00Z");
    assertThat(round.run()).isEqualTo(1);
    at("2026-03-02T08:25:00Z");
    assertThat(round.run()).isZero();

    assertThat(outbox.addresses()).containsExactly("ann@example.com");
  }

  @Test
  void aStoreThatStaysBusyFailsTheRoundOnlyAfterEverySubscriptionHadItsTurn() {
    Subscription second =
        new Subscription("weekly-2", PMO, Cadence.weekly(java.time.DayOfWeek.MONDAY, 8), CREATED);
    store.subscriptions =
        new java.util.ArrayList<>(List.of(DigestFakes.weeklyTo(PMO, CREATED), second));
    store.busyRecords = 2;

    at("2026-03-02T08:10:00Z");
    assertThatThrownBy(round::run).hasMessageContaining("another node");

    assertThat(outbox.addresses()).hasSize(2);
    assertThat(store.log).containsOnlyKeys("weekly-2");
  }

  @Test
  void whileMailIsOffNothingGoesTheCauseIsRecordedOnceAndItSendsOnceMailIsBack() {
    store.subscriptions = new java.util.ArrayList<>(List.of(DigestFakes.weeklyTo(PMO, CREATED)));
    outbox.state = Outbox.MailState.NO_SERVER;

    at("2026-03-02T08:10:00Z");
    round.run();
    at("2026-03-02T08:25:00Z");
    round.run();
    assertThat(outbox.queued).isEmpty();
    assertThat(store.log.get("weekly-1").outcomeKey()).isEqualTo(SendResult.NO_SERVER);
    assertThat(store.log.get("weekly-1").lastSent()).isNull();
    assertThat(store.writes).isEqualTo(1);

    outbox.state = Outbox.MailState.ON;
    at("2026-03-04T10:00:00Z");
    round.run();
    at("2026-03-04T10:15:00Z");
    round.run();
    assertThat(outbox.addresses()).containsExactly("ann@example.com");
  }

  @Test
  void beforeAnyReportNothingIsSentAndTheRecordSaysWhy() {
    store.subscriptions = new java.util.ArrayList<>(List.of(DigestFakes.weeklyTo(PMO, CREATED)));
    data = Optional.empty();

    at("2026-03-02T08:10:00Z");
    round.run();

    assertThat(outbox.queued).isEmpty();
    assertThat(store.log.get("weekly-1").outcomeKey()).isEqualTo(SendResult.NO_REPORT);
  }

  @Test
  void afterEachRunSendsOncePerNewSuccessfulRun() {
    store.subscriptions =
        new java.util.ArrayList<>(
            List.of(new Subscription("after-1", PMO, Cadence.afterEachRun(), CREATED)));

    at("2026-03-02T08:10:00Z");
    round.run(); // the report on hand was mined before the subscription existed
    data = Optional.of(reportMinedAt(Instant.parse("2026-03-03T02:00:00Z")));
    at("2026-03-03T02:05:00Z");
    round.run();
    at("2026-03-03T02:20:00Z");
    round.run();

    assertThat(outbox.queued).hasSize(1);
  }

  @Test
  void aSubscriptionThatFailsIsRecordedAsFailedNotRetriedAndTheOthersStillSend() {
    Audience broken = Audience.group("broken");
    audiences.members.put(broken, null); // the sender throws on it, as on a broken Jira
    store.subscriptions =
        new java.util.ArrayList<>(
            List.of(
                new Subscription("broken-1", broken, Cadence.afterEachRun(), CREATED),
                DigestFakes.weeklyTo(PMO, CREATED)));
    data = Optional.of(reportMinedAt(Instant.parse("2026-03-02T02:00:00Z")));

    at("2026-03-02T08:10:00Z");
    org.assertj.core.api.Assertions.assertThatThrownBy(round::run)
        .isInstanceOf(RuntimeException.class);
    at("2026-03-02T08:25:00Z");
    round.run();

    assertThat(outbox.addresses()).containsExactly("ann@example.com");
    assertThat(store.log.get("broken-1").outcomeKey()).isEqualTo(SendResult.FAILED);
    assertThat(store.log.get("broken-1").lastSent())
        .isEqualTo(Instant.parse("2026-03-02T08:10:00Z"));
  }
}
