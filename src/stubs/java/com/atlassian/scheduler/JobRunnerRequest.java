package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;

/**
 * Compile-only declaration (never packaged); we read only the job id. Checked against:
 * ../shared/reference/jira-platform-api.md §7.2 (interface: JobId getJobId()). Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public interface JobRunnerRequest {

  JobId getJobId();
}
