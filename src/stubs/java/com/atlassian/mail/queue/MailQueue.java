package com.atlassian.mail.queue;

/**
 * Compile-only declaration of Jira's outgoing mail queue (never packaged). Checked against:
 * atlassian-mail's interface in the public code index (find_string "void addItem(MailQueueItem
 * item)"); imported as an OSGi component ({@code @ComponentImport MailQueue}) by
 * mailru/jira-plugins-mrimsender AccessRequestService (Jira 8.20/9) and a javax.inject-era app
 * (index id 71108985424). Jira 10/11: UNCONFIRMED (docs/research/jira11-declarations-audit.md).
 */
public interface MailQueue {

  void addItem(MailQueueItem item);
}
