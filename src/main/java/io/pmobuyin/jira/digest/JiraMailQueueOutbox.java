package io.pmobuyin.jira.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.run.digest.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's own outgoing mail: messages go to its mail queue, so the admin's SMTP server, its retries
 * and the mail queue page apply. Mail is off when no SMTP server is set up or when sending is
 * disabled (the {@code atlassian.mail.senddisabled} switch Jira's mail queue page reports). Nothing
 * here sends by itself: Jira's queue does, on its own schedule.
 */
public class JiraMailQueueOutbox implements Outbox {

  static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";

  private static final Logger LOG = LoggerFactory.getLogger(JiraMailQueueOutbox.class);

  private final MailQueue queue;
  private final MailServerManager servers;

  public JiraMailQueueOutbox(MailQueue queue, MailServerManager servers) {
    this.queue = queue;
    this.servers = servers;
  }

  @Override
  public MailState state() {
    try {
      if (sendingDisabled()) {
        return MailState.DISABLED;
      }
      return servers.getDefaultSMTPMailServer() == null ? MailState.NO_SERVER : MailState.ON;
    } catch (RuntimeException | LinkageError e) {
      // A mail API this Jira does not have, or a broken server entry: nothing can be sent.
      LOG.warn(
          "Cannot tell whether Jira's outgoing mail is on; treating it as off: {}", e.toString());
      return MailState.NO_SERVER;
    }
  }

  @Override
  public void queue(String address, DigestMessage message, String unsubscribe) {
    queue.addItem(new SingleMailQueueItem(fill(new Email(address), message, unsubscribe)));
  }

  /**
   * The message as Jira's mail takes it: plain text and HTML as alternatives where this Jira's
   * {@code Email} takes a multipart, else the HTML body alone; and the one-click unsubscribe
   * header.
   */
  static Email fill(Email email, DigestMessage message, String unsubscribe) {
    email.setSubject(message.subject());
    if (AlternativeParts.attach(email, message.text(), message.html())) {
      email.setBody("");
    } else {
      email.setBody(message.html());
    }
    email.setMimeType("text/html");
    email.setEncoding("UTF-8");
    email.addHeader(LIST_UNSUBSCRIBE, "<" + unsubscribe + ">");
    return email;
  }

  private static boolean sendingDisabled() {
    try {
      return MailFactory.isSendingDisabled();
    } catch (LinkageError unconfirmed) {
      // Unconfirmed on Jira 10/11: without it, the SMTP server check still holds.
      return false;
    }
  }
}
