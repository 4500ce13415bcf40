package com.atlassian.jira.issue.customfields.impl;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (public class extends RuntimeException, one
 * constructor (String); unchecked on 10.3.0 per WF10).
 */
public class FieldValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FieldValidationException(String message) {
    super(message);
  }
}
