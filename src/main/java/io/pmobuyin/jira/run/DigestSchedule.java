package io.pmobuyin.jira.run;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The regular report in atlassian-scheduler: a job once per cluster every {@link #EVERY} that sends
 * whichever subscriptions are due, and a one-off of the same job right after a successful mining
 * run, for the subscriptions that wait for one. The runner registers once Jira and the app have
 * started, as the mining job's does.
 */
public class DigestSchedule implements LifecycleAware {

  static final JobRunnerKey RUNNER = JobRunnerKey.of("io.pmobuyin.digest");
  static final JobId REGULAR = JobId.of("io.pmobuyin.digest.regular");
  static final JobId SOON = JobId.of("io.pmobuyin.digest.soon");

  /** How late a weekly or monthly report may be: a quarter of an hour after its slot, at most. */
  static final Duration EVERY = Duration.ofMinutes(15);

  private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

  private final SchedulerService scheduler;
  private final DigestJobRunner runner;
  private final Clock clock;

  public DigestSchedule(SchedulerService scheduler, DigestJobRunner runner, Clock clock) {
    this.scheduler = scheduler;
    this.runner = runner;
    this.clock = clock;
  }

  @Override
  public void onStart() {
    scheduler.registerJobRunner(RUNNER, runner);
    schedule(
        REGULAR, Schedule.forInterval(EVERY.toMillis(), Date.from(clock.instant().plus(EVERY))));
  }

  @Override
  public void onStop() {
    scheduler.unregisterJobRunner(RUNNER);
  }

  /**
   * A pass as soon as the scheduler gets to it; a failure to schedule waits for the regular one.
   */
  public void sendSoon() {
    try {
      schedule(SOON, Schedule.runOnce(Date.from(clock.instant())));
    } catch (IllegalStateException e) {
      LOG.warn("Regular report not scheduled after the run; the next regular pass sends it", e);
    }
  }

  private void schedule(JobId id, Schedule when) {
    ClusterJobs.schedule(scheduler, RUNNER, id, when);
  }
}
