package com.atlassian.jira.issue.search;

/**
 * Compile-only declaration (never packaged), named in SearchService's throws clause. Checked
 * against: ../shared/reference/jira-platform-api.md §2 (checked exception in
 * com.atlassian.jira.issue.search) and Jira's source of the class (@PublicApi, constructors (),
 * (String), (Exception), (String, Exception)). The real class extends
 * com.atlassian.jira.JiraException, itself an Exception; we only catch it and throw it with a
 * message, which links the same way. Jira 11: the declaration is seen on Jira 11 only in part; the
 * rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public class SearchException extends Exception {

  private static final long serialVersionUID = 1L;

  public SearchException(String message) {
    super(message);
  }
}
