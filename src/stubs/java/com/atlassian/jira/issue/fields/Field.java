package com.atlassian.jira.issue.fields;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (getId() is declared on Field, which CustomField
 * extends).
 */
public interface Field {

  String getId();
}
