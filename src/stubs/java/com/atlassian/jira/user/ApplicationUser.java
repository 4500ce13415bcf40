package com.atlassian.jira.user;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (getKey, getUsername, getDisplayName, isActive) and
 * docs/research/jira10-custom-field-types.md §C.
 */
public interface ApplicationUser {

  String getKey();

  String getUsername();

  String getDisplayName();

  boolean isActive();
}
