package org.ofbiz.core.entity;

/**
 * Compile-only declaration (never packaged) of the checked exception IssueManager declares. Checked
 * against: ../shared/reference/jira-platform-api.md §2 (org.ofbiz.core.entity, a checked exception
 * with a (String) constructor; its superclass in Jira is ofbiz's GeneralException, an Exception)
 * and the Jira 6.x IssueManager source (throws clause). The constructor is for tests. Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public class GenericEntityException extends Exception {

  private static final long serialVersionUID = 1L;

  public GenericEntityException(String message) {
    super(message);
  }
}
