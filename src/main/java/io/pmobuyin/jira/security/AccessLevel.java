package io.pmobuyin.jira.security;

/** How much of the app the person behind a request may use; each level includes the ones before. */
public enum AccessLevel {
  ANONYMOUS,
  USER,
  ADMIN;

  public boolean atLeast(AccessLevel required) {
    return compareTo(required) >= 0;
  }
}
