package io.pmobuyin.jira.run;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import io.pmobuyin.run.RunCalendar;
import java.time.Clock;
import java.util.Date;

/**
 * The mining job in atlassian-scheduler: its runner registered on every node once Jira and the app
 * have started (SAL calls {@link #onStart()} then), the regular job scheduled once per cluster, and
 * "run now" as a one-off job of the same runner, so that it too runs on one node only.
 */
public class MiningSchedule implements LifecycleAware {

  static final JobRunnerKey RUNNER = JobRunnerKey.of("io.pmobuyin.mining");
  static final JobId REGULAR = JobId.of("io.pmobuyin.mining.regular");
  static final JobId RUN_NOW = JobId.of("io.pmobuyin.mining.now");

  private final SchedulerService scheduler;
  private final MiningJobRunner runner;
  private final SettingsRunCalendar calendar;
  private final Clock clock;

  public MiningSchedule(
      SchedulerService scheduler,
      MiningJobRunner runner,
      SettingsRunCalendar calendar,
      Clock clock) {
    this.scheduler = scheduler;
    this.runner = runner;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void onStart() {
    scheduler.registerJobRunner(RUNNER, runner);
    reschedule();
  }

  @Override
  public void onStop() {
    // The regular job stays scheduled: it is the cluster's, and other nodes still run it.
    scheduler.unregisterJobRunner(RUNNER);
  }

  /** (Re)schedules the regular job by the admin's interval; replaces the one scheduled before. */
  public void reschedule() {
    RunCalendar times = calendar.get();
    schedule(
        REGULAR,
        Schedule.forInterval(
            times.interval().toMillis(), Date.from(times.nextRunAfter(clock.instant()))));
  }

  /** A run as soon as the scheduler gets to it, on one node of the cluster. */
  public void runNow() {
    schedule(RUN_NOW, Schedule.runOnce(Date.from(clock.instant())));
  }

  private void schedule(JobId id, Schedule when) {
    ClusterJobs.schedule(scheduler, RUNNER, id, when);
  }
}
