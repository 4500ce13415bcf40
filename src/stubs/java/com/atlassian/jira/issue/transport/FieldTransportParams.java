package com.atlassian.jira.issue.transport;

/**
 * Compile-only declaration (never packaged), kept for the inheritance chain of CustomFieldParams.
 * Checked against: docs/research/jira10-custom-field-types.md §C (FieldTransportParams extends
 * CollectionParams). Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface FieldTransportParams extends CollectionParams {}
