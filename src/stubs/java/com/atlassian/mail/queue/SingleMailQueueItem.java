package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Compile-only declaration (never packaged). Checked against: {@code new
 * SingleMailQueueItem(email)} queued with {@code MailQueue.addItem} by a javax.inject-era app's
 * EmailNotificationSender (public code index id 71108985424) and by paulcadman/jira-emailnotify
 * EmailQueuer. Jira 10/11: UNCONFIRMED (docs/research/jira11-declarations-audit.md). The getter is
 * ours, for tests only, and never called by production code.
 */
public class SingleMailQueueItem implements MailQueueItem {

  private final Email email;

  public SingleMailQueueItem(Email email) {
    this.email = email;
  }

  public Email stubEmail() {
    return email;
  }
}
