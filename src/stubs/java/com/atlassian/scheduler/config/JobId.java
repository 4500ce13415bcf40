package com.atlassian.scheduler.config;

import java.io.Serializable;

/**
 * Compile-only declaration of a final class (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.2 (final class, Serializable, static of(String)).
 * Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public final class JobId implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;

  private JobId(String id) {
    this.id = id;
  }

  public static JobId of(String id) {
    return new JobId(id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JobId that && that.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
