package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (getGroup(String) and getUsersInGroup(String)
 * confirmed by slack10 and myteam; isUserInGroup(ApplicationUser, String) confirmed in compiled
 * code by MRIM, docs/research/jira10-custom-field-types.md §C). Jira 11: the declaration is seen on
 * Jira 11 only in part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface GroupManager {

  Group getGroup(String groupName);

  Collection<ApplicationUser> getUsersInGroup(String groupName);

  boolean isUserInGroup(ApplicationUser user, String groupName);
}
