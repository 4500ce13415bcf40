package com.atlassian.scheduler;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.2 (JobRunnerResponse runJob(JobRunnerRequest)).
 */
public interface JobRunner {

  JobRunnerResponse runJob(JobRunnerRequest request);
}
