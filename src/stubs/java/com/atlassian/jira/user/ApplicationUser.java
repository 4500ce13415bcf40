package com.atlassian.jira.user;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (getKey, getUsername, getDisplayName, isActive) and
 * docs/research/jira10-custom-field-types.md §C. Jira 11: every member we declare is used the same
 * way by a public app built for Jira 11 (docs/research/jira11-declarations-audit.md).
 * getEmailAddress(): reference §6 and docs/research/jira10-custom-field-types.md §C; called by
 * mailru/jira-plugins-mrimsender (Jira 8.20/9) DtoUtils; on Jira 11 UNCONFIRMED.
 */
public interface ApplicationUser {

  String getKey();

  String getUsername();

  String getDisplayName();

  boolean isActive();

  String getEmailAddress();
}
