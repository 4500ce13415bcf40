package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Compile-only declaration of the key of a project permission (never packaged). Checked against:
 * jira-api's source of this class (public final class in com.atlassian.jira.security.plugin, ctor
 * ProjectPermissionKey(String), permissionKey()), and Atlassian's own OAuth 2 scopes plugin of
 * Platform 6 (decompiled, ngannk-fptu/Decompiled-Files), which imports it from this package beside
 * ProjectPermissions. The app only passes the constant it reads from ProjectPermissions.
 */
public final class ProjectPermissionKey {

  private final String permissionKey;

  public ProjectPermissionKey(String permissionKey) {
    this.permissionKey = Objects.requireNonNull(permissionKey);
  }

  public String permissionKey() {
    return permissionKey;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProjectPermissionKey that && that.permissionKey.equals(permissionKey);
  }

  @Override
  public int hashCode() {
    return permissionKey.hashCode();
  }

  @Override
  public String toString() {
    return permissionKey;
  }
}
