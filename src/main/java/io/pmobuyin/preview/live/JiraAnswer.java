package io.pmobuyin.preview.live;

import io.pmobuyin.preview.live.JiraPullException.Reason;

/**
 * Jira's final answer to one request, after any retries: a success (its body is in the file the
 * request named) or a status that retrying cannot change.
 *
 * @param detail Jira's words for a failure, with the token masked; empty on success
 */
record JiraAnswer(int status, String detail) {

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /** What a failure means anywhere a caller does not treat it specially. */
  JiraPullException failure() {
    Reason reason =
        switch (status) {
          case 400 -> Reason.BAD_JQL;
          case 401 -> Reason.UNAUTHORIZED;
          case 403 -> Reason.FORBIDDEN;
          case 404, 410 -> Reason.NOT_FOUND;
          default -> Reason.NOT_JIRA;
        };
    return new JiraPullException(reason, status, detail);
  }
}
