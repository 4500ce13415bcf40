package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only declaration of Jira's user manager (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (getUserByKey, getUserByName,
 * getUserByKeyEvenWhenUnknown) and docs/research/jira10-custom-field-types.md §C.
 */
public interface UserManager {

  ApplicationUser getUserByKey(String userKey);

  ApplicationUser getUserByName(String userName);

  ApplicationUser getUserByKeyEvenWhenUnknown(String userKey);
}
