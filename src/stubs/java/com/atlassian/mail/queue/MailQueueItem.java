package com.atlassian.mail.queue;

/**
 * Compile-only declaration (never packaged): only passed to {@link MailQueue#addItem}, so no member
 * is declared. Checked against: atlassian-mail's interface in the public code index (find_string
 * "void addItem(MailQueueItem item)"); mailru/jira-plugins-mrimsender AccessRequestService (Jira
 * 8.20/9) imports it. Jira 10/11: UNCONFIRMED (docs/research/jira11-declarations-audit.md).
 */
public interface MailQueueItem {}
