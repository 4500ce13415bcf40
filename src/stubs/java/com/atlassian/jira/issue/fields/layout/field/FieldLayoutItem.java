package com.atlassian.jira.issue.fields.layout.field;

/**
 * Compile-only declaration (never packaged); a parameter type only. Checked against:
 * docs/research/jira10-custom-field-types.md §C (interface,
 * com.atlassian.jira.issue.fields.layout.field).
 */
public interface FieldLayoutItem {}
