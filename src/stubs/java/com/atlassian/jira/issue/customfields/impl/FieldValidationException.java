package com.atlassian.jira.issue.customfields.impl;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (public class extends RuntimeException, one
 * constructor (String); unchecked on 10.3.0 per WF10). Jira 11: the declaration is seen on Jira 11
 * only in part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public class FieldValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FieldValidationException(String message) {
    super(message);
  }
}
