package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;

/**
 * Compile-only declaration (never packaged); we read only the job id. Checked against:
 * ../shared/reference/jira-platform-api.md §7.2 (interface: JobId getJobId()).
 */
public interface JobRunnerRequest {

  JobId getJobId();
}
