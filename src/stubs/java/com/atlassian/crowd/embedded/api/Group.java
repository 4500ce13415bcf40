package com.atlassian.crowd.embedded.api;

/**
 * Compile-only declaration (never packaged); we only test it for null. Checked against:
 * ../shared/reference/jira-platform-api.md §6 (Group = com.atlassian.crowd.embedded.api.Group,
 * interface).
 */
public interface Group {}
