package com.atlassian.scheduler;

/**
 * Compile-only declaration (never packaged), named in SchedulerService's throws clause. Checked
 * against: ../shared/reference/jira-platform-api.md §7.2 (class extends Exception; constructors
 * (String) and (String, Throwable)). Jira 11: the declaration is seen on Jira 11 only in part; the
 * rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public class SchedulerServiceException extends Exception {

  private static final long serialVersionUID = 1L;

  public SchedulerServiceException(String message) {
    super(message);
  }

  public SchedulerServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
