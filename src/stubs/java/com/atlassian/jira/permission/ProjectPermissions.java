package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only declaration of the system project permissions' keys (never packaged). Checked
 * against: ../shared/reference/jira-platform-api.md §6 (BROWSE_PROJECTS, CONFIRMED by slack10 tests
 * on Jira 10); atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0) imports it from this
 * package and passes ProjectPermissions.BROWSE_PROJECTS to PermissionManager#hasPermission;
 * jira-api's own source (public source index, Jira 6.3+ line) declares the constants as public
 * static final ProjectPermissionKey fields. Kind: the reference says final class, that source a
 * plain public class; a static field read links the same either way, and the app neither extends
 * nor builds it. Jira 11: every member we declare is used the same way by a public app built for
 * Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public final class ProjectPermissions {

  public static final ProjectPermissionKey BROWSE_PROJECTS =
      new ProjectPermissionKey("BROWSE_PROJECTS");

  private ProjectPermissions() {}
}
