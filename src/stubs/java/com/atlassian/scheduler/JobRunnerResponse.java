package com.atlassian.scheduler;

/**
 * Compile-only declaration of a final class (never packaged); we call only its static factories.
 * Checked against: ../shared/reference/jira-platform-api.md §7.2 (final class: success(String),
 * aborted(String), failed(String), getMessage()).
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
