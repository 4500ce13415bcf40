package io.pmobuyin.run;

import java.util.Objects;

/**
 * Something a run could not read, said so an admin can find it: the project, the issue if one, an
 * i18n key for what went wrong (its first argument is the issue or project key), and the technical
 * detail, never a stack trace.
 */
public record RunProblem(String projectKey, String issueKey, String messageKey, String detail) {

  public RunProblem {
    Objects.requireNonNull(messageKey, "messageKey");
    detail = detail == null ? "" : detail;
  }
}
