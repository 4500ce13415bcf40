package io.pmobuyin.jira.run;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/**
 * How the app's jobs go into atlassian-scheduler: once per cluster, whichever node's scheduler
 * fires, so a cluster never mines or sends twice for one slot.
 */
final class ClusterJobs {

  private ClusterJobs() {}

  /** Schedules (or reschedules) a job of this runner; a scheduler that refuses is a fault. */
  static void schedule(SchedulerService scheduler, JobRunnerKey runner, JobId id, Schedule when) {
    try {
      scheduler.scheduleJob(
          id,
          JobConfig.forJobRunnerKey(runner)
              .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
              .withSchedule(when));
    } catch (SchedulerServiceException e) {
      throw new IllegalStateException("cannot schedule " + id + ": " + e.getMessage(), e);
    }
  }
}
