package com.atlassian.scheduler.config;

/**
 * Compile-only declaration of a final, immutable class (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.2 (static forJobRunnerKey(JobRunnerKey),
 * withRunMode(RunMode), withSchedule(Schedule), getters). Jira 11: the declaration is seen on Jira
 * 11 only in part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public final class JobConfig {

  private final JobRunnerKey jobRunnerKey;
  private final RunMode runMode;
  private final Schedule schedule;

  private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
    this.jobRunnerKey = jobRunnerKey;
    this.runMode = runMode;
    this.schedule = schedule;
  }

  public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
    return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.runOnce(null));
  }

  public JobConfig withRunMode(RunMode mode) {
    return new JobConfig(jobRunnerKey, mode, schedule);
  }

  public JobConfig withSchedule(Schedule changed) {
    return new JobConfig(jobRunnerKey, runMode, changed);
  }

  public JobRunnerKey getJobRunnerKey() {
    return jobRunnerKey;
  }

  public RunMode getRunMode() {
    return runMode;
  }

  public Schedule getSchedule() {
    return schedule;
  }
}
