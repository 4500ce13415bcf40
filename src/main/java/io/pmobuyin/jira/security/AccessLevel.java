package io.pmobuyin.jira.security;

/**
 * How much of the app the person behind a request may use; each level includes the ones before. An
 * executive (a member of the group the admin chose) is a user who also sees the whole portfolio's
 * aggregates; only an admin changes anything.
 */
public enum AccessLevel {
  ANONYMOUS,
  USER,
  EXECUTIVE,
  ADMIN;

  public boolean atLeast(AccessLevel required) {
    return compareTo(required) >= 0;
  }
}
