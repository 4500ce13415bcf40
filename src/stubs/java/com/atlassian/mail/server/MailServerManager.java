package com.atlassian.mail.server;

/**
 * Compile-only declaration (never packaged). Checked against: a javax.inject-era app's
 * EmailNotificationSender (public code index id 71108985424) imports it as an OSGi component and
 * calls {@code getDefaultSMTPMailServer()} without catching anything, null meaning "no outgoing
 * server" (as Jira's own MailQueueAdmin#isHasMailServer reads it). Older atlassian-mail declared
 * {@code throws MailException}; whether 10/11 still does is UNCONFIRMED, and the outbox guards the
 * call (docs/research/jira11-declarations-audit.md).
 */
public interface MailServerManager {

  SMTPMailServer getDefaultSMTPMailServer();
}
