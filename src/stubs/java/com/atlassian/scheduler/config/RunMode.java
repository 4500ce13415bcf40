package com.atlassian.scheduler.config;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.2 (enum RUN_ONCE_PER_CLUSTER, RUN_LOCALLY;
 * atlassian-scheduler-api RunMode javadoc).
 */
public enum RunMode {
  RUN_ONCE_PER_CLUSTER,
  RUN_LOCALLY
}
