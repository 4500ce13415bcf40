package io.pmobuyin.run.digest;

import static io.pmobuyin.run.digest.DigestFakes.inactive;
import static io.pmobuyin.run.digest.DigestFakes.person;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.digest.DigestFakes.FakeAudiences;
import io.pmobuyin.run.digest.DigestFakes.FakeOutbox;
import io.pmobuyin.run.digest.DigestFakes.RecordingComposer;
import io.pmobuyin.testing.BundleTexts;
import io.pmobuyin.testing.InMemoryOptOuts;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestSenderTest {

  private static final Audience PMO = Audience.group("pmo-office");
  private static final Subscription WEEKLY =
      DigestFakes.weeklyTo(PMO, Instant.parse("2026-03-01T00:00:00Z"));

  private final GadgetData data =
      new GadgetData(
          aReport().projects(aProject("ALPHA"), aProject("BETA"), aProject("GAMMA")).build(),
          null,
          null,
          null);
  private final FakeAudiences audiences = new FakeAudiences();
  private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
  private final RecordingComposer composer = new RecordingComposer();
  private final FakeOutbox outbox = new FakeOutbox();
  private final DigestSender sender =
      new DigestSender(audiences, optOuts, composer, BundleTexts::new, DigestFakes.links(), outbox);

  @Test
  void eachRecipientGetsTheProjectsTheyMayBrowseAndNoOthers() {
    audiences.with(
        PMO,
        person("ann", "ann@example.com", "ALPHA"),
        person("bo", "bo@example.com", "BETA", "GAMMA"));

    SendResult result = sender.send(WEEKLY, data);

    assertThat(result).isEqualTo(new SendResult(SendResult.SENT, 2, 0));
    assertThat(outbox.queued)
        .extracting(q -> q.address() + " " + q.message().text())
        .containsExactly("ann@example.com ALPHA", "bo@example.com BETA,GAMMA");
  }

  @Test
  void numbersInTheMessageOpenOnlyWhatTheRecipientMayBrowse() {
    audiences.with(PMO, person("ann", "ann@example.com", "ALPHA"));

    sender.send(WEEKLY, data);

    DigestFakes.BrowsingDrill drill = (DigestFakes.BrowsingDrill) composer.inputs.get(0).drill();
    assertThat(drill.mayBrowse().test("ALPHA")).isTrue();
    assertThat(drill.mayBrowse().test("BETA")).isFalse();
  }

  @Test
  void aSponsorsMessageKnowsWhichProjectsAreTheirs() {
    audiences.with(
        PMO,
        new Recipient("ann", "ann@example.com", true, Locale.ENGLISH, k -> true, Set.of("BETA")));

    sender.send(WEEKLY, data);

    assertThat(composer.sponsored).containsExactly(Set.of("BETA"));
  }

  @Test
  void theUnsubscribeLinkIsTheRecipientsOwnForThisSubscription() {
    audiences.with(PMO, person("ann", "ann@example.com", "ALPHA"));

    sender.send(WEEKLY, data);

    assertThat(outbox.queued.get(0).unsubscribe()).endsWith("s=weekly-1&u=ann");
  }

  @Test
  void skipsInactiveAddresslessOptedOutAndThoseWhoMayBrowseNothing() {
    audiences.with(
        PMO,
        inactive("gone", "gone@example.com", "ALPHA"),
        person("blank", " ", "ALPHA"),
        person("none", null, "ALPHA"),
        person("quit", "quit@example.com", "ALPHA"),
        person("all-out", "allout@example.com", "ALPHA"),
        person("blind", "blind@example.com", "ZETA"),
        person("ann", "ann@example.com", "ALPHA"));
    optOuts.optOut("quit", WEEKLY.id());
    optOuts.optOut("all-out", OptOuts.EVERY);

    SendResult result = sender.send(WEEKLY, data);

    assertThat(outbox.addresses()).containsExactly("ann@example.com");
    assertThat(result).isEqualTo(new SendResult(SendResult.SENT, 1, 6));
  }

  @Test
  void anOptOutOfAnotherSubscriptionDoesNotStopThisOne() {
    audiences.with(PMO, person("ann", "ann@example.com", "ALPHA"));
    optOuts.optOut("ann", "monthly-9");

    sender.send(WEEKLY, data);

    assertThat(outbox.addresses()).containsExactly("ann@example.com");
  }

  @Test
  void aPersonOrAddressNamedTwiceGetsOneMessage() {
    audiences.with(
        PMO,
        person("ann", "ann@example.com", "ALPHA"),
        person("ann", "ann@example.com", "ALPHA"),
        person("ann-admin", "ANN@example.com ", "ALPHA"));

    SendResult result = sender.send(WEEKLY, data);

    assertThat(outbox.addresses()).containsExactly("ann@example.com");
    assertThat(result.skipped()).isEqualTo(1);
  }

  @Test
  void nothingIsComposedOrQueuedWhileMailIsOff() {
    audiences.with(PMO, person("ann", "ann@example.com", "ALPHA"));
    outbox.state = Outbox.MailState.NO_SERVER;

    SendResult noServer = sender.send(WEEKLY, data);
    outbox.state = Outbox.MailState.DISABLED;
    SendResult disabled = sender.send(WEEKLY, data);

    assertThat(noServer.outcomeKey()).isEqualTo(SendResult.NO_SERVER);
    assertThat(disabled.outcomeKey()).isEqualTo(SendResult.DISABLED);
    assertThat(outbox.queued).isEmpty();
    assertThat(composer.inputs).isEmpty();
  }

  @Test
  void anAudienceWithNobodyToWriteToSaysSo() {
    audiences.with(PMO, inactive("gone", "gone@example.com", "ALPHA"));

    assertThat(sender.send(WEEKLY, data)).isEqualTo(new SendResult(SendResult.NOBODY, 0, 1));
  }

  @Test
  void aTestGoesToTheAskerOverWhatTheyMayBrowseWhateverTheyOptedOutOf() {
    audiences.with(PMO, person("admin", "admin@example.com", "GAMMA"));
    optOuts.optOut("admin", OptOuts.EVERY);

    SendResult result = sender.sendTest("admin", data);

    assertThat(result).isEqualTo(new SendResult(SendResult.SENT, 1, 0));
    assertThat(outbox.queued.get(0).message().text()).isEqualTo("GAMMA");
    assertThat(outbox.queued.get(0).unsubscribe()).contains("s=" + DigestSender.TEST);
  }

  @Test
  void aTestSaysWhyItCannotGo() {
    audiences.with(PMO, person("blind", "blind@example.com", "ZETA"), person("mute", "", "ALPHA"));

    assertThat(sender.sendTest("blind", data).outcomeKey()).isEqualTo(SendResult.NOTHING_VISIBLE);
    assertThat(sender.sendTest("mute", data).outcomeKey()).isEqualTo(SendResult.NOT_RECEIVABLE);
    assertThat(sender.sendTest("unknown", data).outcomeKey()).isEqualTo(SendResult.NOT_RECEIVABLE);
    assertThat(outbox.queued).isEmpty();
  }
}
