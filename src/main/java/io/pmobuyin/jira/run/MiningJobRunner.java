package io.pmobuyin.jira.run;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.pmobuyin.run.MiningJob;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import java.util.Locale;
import java.util.Optional;

/**
 * What the scheduler calls, on whichever node it picks: the daily job and "run now" both end here,
 * told apart by their job id. The answer is for the scheduler's own log; admins read the run
 * history.
 */
public class MiningJobRunner implements JobRunner {

  private final MiningJob job;
  private final DigestSchedule digests;

  public MiningJobRunner(MiningJob job) {
    this(job, null);
  }

  /** With the regular report, whose "after each run" subscriptions a successful run makes due. */
  public MiningJobRunner(MiningJob job, DigestSchedule digests) {
    this.job = job;
    this.digests = digests;
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    RunTrigger trigger =
        MiningSchedule.RUN_NOW.equals(request.getJobId())
            ? RunTrigger.MANUAL
            : RunTrigger.SCHEDULED;
    Optional<RunRecord> run = job.run(trigger);
    if (run.isEmpty()) {
      return JobRunnerResponse.success("skipped: a run is under way on another node");
    }
    RunRecord done = run.get();
    if (done.state() == RunState.SUCCEEDED && digests != null) {
      // After the run's lock is released: the regular report reads the new snapshot.
      digests.sendSoon();
    }
    String summary =
        "run "
            + done.id()
            + ": "
            + done.projectsDone()
            + " projects, "
            + done.issuesRead()
            + " issues, "
            + done.problems()
            + " problems";
    return switch (done.state()) {
      case SUCCEEDED, SKIPPED, RUNNING -> JobRunnerResponse.success(summary);
      case PARTIAL -> JobRunnerResponse.success(summary + " (partial: waits for an admin)");
      case CANCELLED, INTERRUPTED ->
          JobRunnerResponse.aborted(
              summary + " (" + done.state().name().toLowerCase(Locale.ROOT) + ")");
      case FAILED -> JobRunnerResponse.failed(summary + " (" + done.failureKey() + ")");
    };
  }
}
