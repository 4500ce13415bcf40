package com.atlassian.scheduler;

/**
 * Compile-only declaration of a final class (never packaged); we call only its static factories.
 * Checked against: ../shared/reference/jira-platform-api.md §7.2 (final class: success(String),
 * aborted(String), failed(String), getMessage()). Jira 11: the declaration is seen on Jira 11 only
 * in part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public final class JobRunnerResponse {

  private final String message;

  private JobRunnerResponse(String message) {
    this.message = message;
  }

  public static JobRunnerResponse success(String message) {
    return new JobRunnerResponse(message);
  }

  public static JobRunnerResponse aborted(String message) {
    return new JobRunnerResponse(message);
  }

  public static JobRunnerResponse failed(String message) {
    return new JobRunnerResponse(message);
  }

  public String getMessage() {
    return message;
  }
}
