package com.atlassian.sal.api.websudo;

/**
 * Compile-only declaration (never packaged), named in WebSudoManager's throws clause. Checked
 * against: the SAL sources of WebSudoSessionException (since SAL 2.2): a class extending
 * RuntimeException with constructors (), (String) and (String, Throwable); caught by the servlets
 * named in {@link WebSudoManager}. Jira 11: the declaration is seen on Jira 11 only in part; the
 * rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public class WebSudoSessionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WebSudoSessionException() {
    super();
  }

  public WebSudoSessionException(String message) {
    super(message);
  }

  public WebSudoSessionException(String message, Throwable cause) {
    super(message, cause);
  }
}
