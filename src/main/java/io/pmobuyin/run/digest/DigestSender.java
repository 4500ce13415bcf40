package io.pmobuyin.run.digest;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.mail.DigestComposer;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.report.view.GadgetData;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sends one subscription's regular report: each person of its audience once, over the projects they
 * may browse, in their own words; nobody who opted out, is inactive, has no address, or may browse
 * none of the report's projects. Executives get their browsable projects too, not the whole
 * portfolio the dashboard shows them: a mail travels further than a dashboard. Nothing is composed
 * while Jira's mail is off.
 */
public final class DigestSender {

  /** The subscription id a test message's links carry. */
  public static final String TEST = "test";

  private final DigestAudiences audiences;
  private final OptOuts optOuts;
  private final DigestComposer composer;
  private final TextsByLocale texts;
  private final DigestLinksFactory links;
  private final Outbox outbox;

  public DigestSender(
      DigestAudiences audiences,
      OptOuts optOuts,
      DigestComposer composer,
      TextsByLocale texts,
      DigestLinksFactory links,
      Outbox outbox) {
    this.audiences = audiences;
    this.optOuts = optOuts;
    this.composer = composer;
    this.texts = texts;
    this.links = links;
    this.outbox = outbox;
  }

  public Outbox.MailState mailState() {
    return outbox.state();
  }

  public SendResult send(Subscription subscription, GadgetData data) {
    Outbox.MailState state = outbox.state();
    if (!state.sends()) {
      return SendResult.mailOff(state);
    }
    int queued = 0;
    int skipped = 0;
    Set<String> people = new HashSet<>();
    Set<String> addresses = new HashSet<>();
    for (Recipient recipient : audiences.members(subscription.audience(), data)) {
      if (!people.add(recipient.userKey())) {
        continue;
      }
      if (!recipient.active()
          || !recipient.hasAddress()
          || optOuts.optedOut(recipient.userKey(), subscription.id())
          // Two accounts of one address get one message.
          || !addresses.add(recipient.email().strip().toLowerCase(Locale.ROOT))) {
        skipped++;
        continue;
      }
      Optional<DigestMessage> message = compose(recipient, subscription.id(), data);
      if (message.isEmpty()) {
        skipped++;
        continue;
      }
      outbox.queue(
          recipient.email().strip(),
          message.get(),
          links.links(recipient.userKey(), subscription.id()).unsubscribe());
      queued++;
    }
    return new SendResult(queued > 0 ? SendResult.SENT : SendResult.NOBODY, queued, skipped);
  }

  /**
   * A test message to one person (the admin who asks), over what they may browse, whatever they
   * opted out of.
   */
  public SendResult sendTest(String userKey, GadgetData data) {
    Outbox.MailState state = outbox.state();
    if (!state.sends()) {
      return SendResult.mailOff(state);
    }
    Optional<Recipient> person = audiences.person(userKey, data);
    if (person.isEmpty() || !person.get().active() || !person.get().hasAddress()) {
      return new SendResult(SendResult.NOT_RECEIVABLE, 0, 1);
    }
    Optional<DigestMessage> message = compose(person.get(), TEST, data);
    if (message.isEmpty()) {
      return new SendResult(SendResult.NOTHING_VISIBLE, 0, 1);
    }
    outbox.queue(
        person.get().email().strip(), message.get(), links.links(userKey, TEST).unsubscribe());
    return new SendResult(SendResult.SENT, 1, 0);
  }

  /**
   * The message a test would send to this person, to look at before anything is sent: with mail off
   * or no address of their own too. Empty when Jira does not know them or they may browse none of
   * the report's projects.
   */
  public Optional<DigestMessage> preview(String userKey, GadgetData data) {
    return audiences.person(userKey, data).flatMap(person -> compose(person, TEST, data));
  }

  private Optional<DigestMessage> compose(
      Recipient recipient, String subscriptionId, GadgetData data) {
    List<String> browsable =
        data.report().projects().stream()
            .map(ProjectSection::key)
            .filter(recipient.mayBrowse())
            .toList();
    if (browsable.isEmpty()) {
      return Optional.empty();
    }
    GadgetQuery query = GadgetQuery.everything().limitedTo(VisibleProjects.only(browsable));
    return Optional.of(
        composer.compose(
            data.input(query, texts.in(recipient.locale()), null)
                .withDrill(links.drill(recipient.mayBrowse())),
            links.links(recipient.userKey(), subscriptionId),
            recipient.sponsored()));
  }
}
