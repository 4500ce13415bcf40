package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only declaration of SAL's user key (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (final class, ctor UserKey(String)). Jira 11: every
 * member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public final class UserKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String userKey;

  public UserKey(String userKey) {
    this.userKey = Objects.requireNonNull(userKey);
  }

  public String getStringValue() {
    return userKey;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserKey && ((UserKey) o).userKey.equals(userKey);
  }

  @Override
  public int hashCode() {
    return userKey.hashCode();
  }

  @Override
  public String toString() {
    return userKey;
  }
}
