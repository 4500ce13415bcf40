package com.atlassian.jira.issue.fields.layout.field;

/**
 * Compile-only declaration (never packaged); a parameter type only. Checked against:
 * docs/research/jira10-custom-field-types.md §C (interface,
 * com.atlassian.jira.issue.fields.layout.field). Jira 11: every member we declare is used the same
 * way by a public app built for Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface FieldLayoutItem {}
