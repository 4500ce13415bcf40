package io.pmobuyin.jira.run;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.pmobuyin.jira.gadget.GadgetDataSource;
import io.pmobuyin.run.RunLock;
import io.pmobuyin.run.digest.DigestRound;
import io.pmobuyin.run.digest.DigestSender;
import io.pmobuyin.run.digest.SubscriptionStore;
import io.pmobuyin.settings.SettingsStore;
import java.time.Clock;

/**
 * What the scheduler calls for the regular report, on whichever node it picks: one pass over the
 * subscriptions under the cluster's digest lock, so two nodes never send the same slot. The lock is
 * apart from the mining run's, so a run and a pass do not wait for each other.
 */
public class DigestJobRunner implements JobRunner {

  private final DigestRound round;
  private final RunLock lock;

  public DigestJobRunner(
      SubscriptionStore store,
      DigestSender sender,
      GadgetDataSource data,
      SettingsStore settings,
      ClusterLockService locks,
      Clock clock) {
    this(
        new DigestRound(
            store, sender, data::current, () -> settings.settings().mining().zone(), clock),
        new BeehiveRunLock(locks, BeehiveRunLock.DIGEST));
  }

  DigestJobRunner(DigestRound round, RunLock lock) {
    this.round = round;
    this.lock = lock;
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    if (!lock.tryLock()) {
      return JobRunnerResponse.success("skipped: another node is sending the regular report");
    }
    try {
      return JobRunnerResponse.success(round.run() + " subscriptions sent");
    } finally {
      lock.unlock();
    }
  }
}
