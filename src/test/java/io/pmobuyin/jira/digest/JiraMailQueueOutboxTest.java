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
  void queuesNothingUntilAsked() {
    outbox.state();

    verify(queue, org.mockito.Mockito.never()).addItem(any());
  }
}
