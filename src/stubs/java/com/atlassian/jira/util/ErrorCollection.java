package com.atlassian.jira.util;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (interface in com.atlassian.jira.util, void
 * addError(String field, String message)). Jira 11: the declaration is seen on Jira 11 only in
 * part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface ErrorCollection {

  void addError(String field, String message);
}
