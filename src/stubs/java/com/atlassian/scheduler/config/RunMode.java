package com.atlassian.scheduler.config;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.2 (enum RUN_ONCE_PER_CLUSTER, RUN_LOCALLY;
 * atlassian-scheduler-api RunMode javadoc). Jira 11: the declaration is seen on Jira 11 only in
 * part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public enum RunMode {
  RUN_ONCE_PER_CLUSTER,
  RUN_LOCALLY
}
