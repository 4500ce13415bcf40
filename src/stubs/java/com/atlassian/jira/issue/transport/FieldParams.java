package com.atlassian.jira.issue.transport;

/**
 * Compile-only declaration (never packaged), kept for the inheritance chain of CustomFieldParams.
 * Checked against: docs/research/jira10-custom-field-types.md §C (FieldParams,
 * com.atlassian.jira.issue.transport).
 */
public interface FieldParams {}
