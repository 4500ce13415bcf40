package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only declaration of Jira's permission manager (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (interface); hasPermission(ProjectPermissionKey,
 * Project, ApplicationUser) is called with a Project and an ApplicationUser on Jira 10.0.0 by
 * atlassian-slack-integration-server at 5e676f6 (JiraSlackLinkAccessManager#isProjectAdmin), and
 * overridden with exactly these parameter types by a subclass of jira-api's test kit
 * MockPermissionManager in a public plugin (de.uhd.ifi.se.decision.management.jira.mocks). Jira 11:
 * every member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface PermissionManager {

  boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
