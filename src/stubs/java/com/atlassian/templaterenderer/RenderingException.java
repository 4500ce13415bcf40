package com.atlassian.templaterenderer;

/**
 * Compile-only declaration (never packaged), named in TemplateRenderer's throws clause. Checked
 * against: ../shared/reference/jira-platform-api.md §7.5 (extends RuntimeException). Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public class RenderingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RenderingException(Throwable cause) {
    super(cause);
  }
}
