package com.atlassian.scheduler;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.2 (JobRunnerResponse runJob(JobRunnerRequest)). Jira
 * 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public interface JobRunner {

  JobRunnerResponse runJob(JobRunnerRequest request);
}
