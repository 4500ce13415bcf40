package io.pmobuyin.preview.live;

import java.util.Objects;

/**
 * Why a pull from Jira stopped. Callers turn the {@link Reason} into a message of their own; the
 * {@link #detail()} is Jira's own wording or a technical description, never the token.
 */
public final class JiraPullException extends Exception {

  /** The kinds of failure a caller explains differently. */
  public enum Reason {
    /** 401: the token is wrong, expired or revoked. */
    UNAUTHORIZED,
    /** 403: the token may not search, or Jira asks for a CAPTCHA after failed log-ins. */
    FORBIDDEN,
    /** 404: no Jira REST API at that address (wrong URL or context path). */
    NOT_FOUND,
    /** 400 on the search: Jira refused the JQL; the detail carries Jira's messages. */
    BAD_JQL,
    /**
     * Jira sent the request to another origin (host, port or scheme), where the token must not
     * follow, or redirected in circles; the detail names the other origin.
     */
    REDIRECTED,
    /** The server answered, but not as Jira does (a login page, a proxy, an unexpected status). */
    NOT_JIRA,
    /** Still failing (rate limit, server errors, broken connections) after every attempt. */
    GAVE_UP,
    /** The host is unknown, its certificate is not trusted, or the folder cannot be written. */
    IO
  }

  private final Reason reason;
  private final int status;
  private final String detail;

  /**
   * @param status the HTTP status, or 0 where there was none
   * @param detail Jira's words or a technical description; must not hold the token
   */
  public JiraPullException(Reason reason, int status, String detail) {
    super(message(reason, status, detail));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.status = status;
    this.detail = detail == null ? "" : detail;
  }

  public Reason reason() {
    return reason;
  }

  /** The HTTP status, or 0 where there was none (no answer, a local file). */
  public int status() {
    return status;
  }

  /** Jira's words or a technical description, possibly empty. */
  public String detail() {
    return detail;
  }

  private static String message(Reason reason, int status, String detail) {
    StringBuilder message = new StringBuilder(String.valueOf(reason));
    if (status > 0) {
      message.append(" (HTTP ").append(status).append(')');
    }
    if (detail != null && !detail.isBlank()) {
      message.append(": ").append(detail);
    }
    return message.toString();
  }
}
