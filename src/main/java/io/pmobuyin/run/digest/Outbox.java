package io.pmobuyin.run.digest;

import io.pmobuyin.report.mail.DigestMessage;

/** Where a composed message goes: Jira's mail queue inside Jira, a fake in tests. */
public interface Outbox {

  /** Whether Jira will send mail at all: an SMTP server is set up and sending is not disabled. */
  MailState state();

  /**
   * Queues one message.
   *
   * @param unsubscribe the recipient's unsubscribe address, for the {@code List-Unsubscribe} header
   */
  void queue(String address, DigestMessage message, String unsubscribe);

  enum MailState {
    ON,
    NO_SERVER,
    DISABLED;

    public boolean sends() {
      return this == ON;
    }
  }
}
