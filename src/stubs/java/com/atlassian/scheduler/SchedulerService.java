package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Compile-only declaration of atlassian-scheduler's service (never packaged), limited to what we
 * call. Checked against: ../shared/reference/jira-platform-api.md §7.2 (atlassian-scheduler-api
 * 4.1.0, decompiled). Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface SchedulerService {

  void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

  void unregisterJobRunner(JobRunnerKey jobRunnerKey);

  void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

  void unscheduleJob(JobId jobId);
}
