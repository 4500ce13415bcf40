package com.atlassian.jira.issue.fields;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (getId() is declared on Field, which CustomField
 * extends). Jira 11: every member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface Field {

  String getId();
}
