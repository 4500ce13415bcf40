package com.atlassian.mail;

/**
 * Compile-only declaration (never packaged). Checked against: Jira's own source in the public code
 * index (MailQueueAdmin#isMailSendingDisabled and several mail handlers call the static {@code
 * MailFactory.isSendingDisabled()}; find_string "MailFactory.isSendingDisabled()"), Jira 6/7-era.
 * Jira 10 and 11: UNCONFIRMED; called behind a LinkageError guard (JiraMailQueueOutbox).
 */
public final class MailFactory {

  private MailFactory() {}

  public static boolean isSendingDisabled() {
    return Boolean.getBoolean("atlassian.mail.senddisabled");
  }
}
