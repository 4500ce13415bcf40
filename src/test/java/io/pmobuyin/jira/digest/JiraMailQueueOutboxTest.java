package io.pmobuyin.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.run.digest.Outbox;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class JiraMailQueueOutboxTest {

  private final MailQueue queue = mock(MailQueue.class);
  private final MailServerManager servers = mock(MailServerManager.class);
  private final JiraMailQueueOutbox outbox = new JiraMailQueueOutbox(queue, servers);

  @AfterEach
  void sendingEnabledAgain() {
    System.clearProperty("atlassian.mail.senddisabled");
  }

  @Test
  void mailIsOnWithAnSmtpServerAndSendingEnabled() {
    when(servers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));

    assertThat(outbox.state()).isEqualTo(Outbox.MailState.ON);
  }

  @Test
  void mailIsOffWithoutAnSmtpServer() {
    assertThat(outbox.state()).isEqualTo(Outbox.MailState.NO_SERVER);
  }

  @Test
  void mailIsOffWhenSendingIsDisabledEvenWithAServer() {
    when(servers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));
    System.setProperty("atlassian.mail.senddisabled", "true");

    assertThat(outbox.state()).isEqualTo(Outbox.MailState.DISABLED);
  }

  @Test
  void aServerEntryJiraCannotReadCountsAsOffNotAsAnError() {
    when(servers.getDefaultSMTPMailServer()).thenThrow(new IllegalStateException("broken"));

    assertThat(outbox.state()).isEqualTo(Outbox.MailState.NO_SERVER);
  }

  @Test
  void queuesOneHtmlMessageWithTheUnsubscribeHeaderInJirasQueue() {
    outbox.queue(
        "ann@example.com",
        new DigestMessage("PMO report", "<p>Body</p>", "Body"),
        "https://jira.example/plugins/servlet/pmo-buyin/unsubscribe?s=a&u=b&t=c");

    ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
    verify(queue).addItem(item.capture());
    Email email = ((SingleMailQueueItem) item.getValue()).stubEmail();
    assertThat(email.getTo()).isEqualTo("ann@example.com");
    assertThat(email.getSubject()).isEqualTo("PMO report");
    assertThat(email.getBody()).isEqualTo("<p>Body</p>");
    assertThat(email.getMimeType()).isEqualTo("text/html");
    assertThat(email.getEncoding()).isEqualTo("UTF-8");
    assertThat(email.getHeaders())
        .containsEntry(
            "List-Unsubscribe",
            "<https://jira.example/plugins/servlet/pmo-buyin/unsubscribe?s=a&u=b&t=c>");
  }

  @Test
  void sendsPlainTextAndHtmlAsAlternativesWhereJirasEmailTakesAMultipart() throws Exception {
    MultipartEmail email = new MultipartEmail("ann@example.com");

    JiraMailQueueOutbox.fill(
        email,
        new DigestMessage("PMO report", "<p>Body \u00e9</p>", "Body \u00e9"),
        "https://jira.example/unsubscribe");

    // The body stays empty, so atlassian-mail sends the multipart as it is.
    assertThat(email.getBody()).isEmpty();
    MimeMessage sent = asAtlassianMailSendsIt(email);
    assertThat(sent.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) sent.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType())
        .startsWith("text/plain")
        .containsIgnoringCase("charset=UTF-8");
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Body \u00e9");
    assertThat(parts.getBodyPart(1).getContentType())
        .startsWith("text/html")
        .containsIgnoringCase("charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Body \u00e9</p>");
    assertThat(sent.getHeader("List-Unsubscribe"))
        .containsExactly("<https://jira.example/unsubscribe>");
  }

  @Test
  void fallsBackToTheHtmlBodyWhenTheMultipartCannotBeBuilt() {
    Email email = new NoMailApiEmail("ann@example.com");

    JiraMailQueueOutbox.fill(
        email, new DigestMessage("PMO report", "<p>Body</p>", "Body"), "https://jira.example/u");

    assertThat(email.getBody()).isEqualTo("<p>Body</p>");
    assertThat(email.getMimeType()).isEqualTo("text/html");
  }

  /**
   * What atlassian-mail's MessageCreator does with an Email that has a multipart and a blank body
   * (its source, in the public code index: {@code message.setContent(multipart)}, then the
   * headers), written out and read back as a reader's mail client would.
   */
  private static MimeMessage asAtlassianMailSendsIt(MultipartEmail email) throws Exception {
    Session session = Session.getInstance(new Properties());
    MimeMessage message = new MimeMessage(session);
    message.setSubject(email.getSubject(), email.getEncoding());
    message.setContent(email.multipart);
    @SuppressWarnings("unchecked")
    Map<String, String> headers = email.getHeaders();
    headers.forEach(
        (name, value) -> {
          try {
            message.addHeader(name, value);
          } catch (MessagingException e) {
            throw new IllegalStateException(e);
          }
        });
    message.saveChanges();
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    message.writeTo(wire);
    return new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));
  }

  /** Jira's Email as atlassian-mail declares it, with the multipart setter the stub leaves out. */
  static final class MultipartEmail extends Email {
    Multipart multipart;

    MultipartEmail(String to) {
      super(to);
    }

    public Email setMultipart(Multipart multipart) {
      this.multipart = multipart;
      return this;
    }
  }

  /** A setter whose type belongs to no mail API: the parts cannot be built from it. */
  static final class NoMailApiEmail extends Email {
    NoMailApiEmail(String to) {
      super(to);
    }

    public Email setMultipart(StringBuilder notAMultipart) {
      throw new AssertionError("never called");
    }
  }

  @Test
  void queuesNothingUntilAsked() {
    outbox.state();

    verify(queue, org.mockito.Mockito.never()).addItem(any());
  }
}
