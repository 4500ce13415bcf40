package com.atlassian.crowd.embedded.api;

/**
 * Compile-only declaration (never packaged); we only test it for null. Checked against:
 * ../shared/reference/jira-platform-api.md §6 (Group = com.atlassian.crowd.embedded.api.Group,
 * interface). Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED
 * there (docs/research/jira11-declarations-audit.md).
 */
public interface Group {}
