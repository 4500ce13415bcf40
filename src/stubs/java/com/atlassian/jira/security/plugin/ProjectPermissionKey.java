package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Compile-only declaration of the key of a project permission (never packaged). Checked against:
 * jira-api's own source of this class, as found in a public source index (a final class in this
 * package, ctor ProjectPermissionKey(String), permissionKey(); the version is not named there, the
 * Jira 6.3+ line by its neighbours' since-tags), and a decompiled Atlassian OAuth 2 scopes plugin
 * (JiraScopesRequestCache, repository not identified) that imports it from this package beside
 * ProjectPermissions. Jira 10: UNCONFIRMED beyond the package never having moved; the app only
 * passes on the constant ProjectPermissions holds. Jira 11: the declaration is seen on Jira 11 only
 * in part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
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
