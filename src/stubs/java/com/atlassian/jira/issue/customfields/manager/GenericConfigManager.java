package com.atlassian.jira.issue.customfields.manager;

/**
 * Compile-only declaration (never packaged); only handed to the field type base class. Checked
 * against: ../shared/reference/jira-platform-api.md §5.3 and
 * docs/research/jira10-custom-field-types.md §C (interface,
 * com.atlassian.jira.issue.customfields.manager). Jira 11: every member we declare is used the same
 * way by a public app built for Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface GenericConfigManager {}
