package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only declaration of Jira's user manager (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (getUserByKey, getUserByName,
 * getUserByKeyEvenWhenUnknown) and docs/research/jira10-custom-field-types.md §C. Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public interface UserManager {

  ApplicationUser getUserByKey(String userKey);

  ApplicationUser getUserByName(String userName);

  ApplicationUser getUserByKeyEvenWhenUnknown(String userKey);
}
