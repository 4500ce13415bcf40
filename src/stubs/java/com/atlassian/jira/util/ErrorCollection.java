package com.atlassian.jira.util;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (interface in com.atlassian.jira.util, void
 * addError(String field, String message)).
 */
public interface ErrorCollection {

  void addError(String field, String message);
}
