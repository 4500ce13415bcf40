package io.pmobuyin.jira.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.run.MiningJob;
import io.pmobuyin.run.RunTrigger;
import io.pmobuyin.run.StandardMiningPlan;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.InMemoryErrorLog;
import io.pmobuyin.testing.InMemoryRunHistory;
import io.pmobuyin.testing.InMemorySnapshotStore;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.testing.ScriptedProjects;
import io.pmobuyin.value.ValueRates;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The scheduler's entry into a run, over the real job and Beehive's lock as Jira gives it. */
class MiningJobRunnerTest {

  private final ClusterLock clusterLock = mock(ClusterLock.class);
  private final InMemoryRunHistory history = new InMemoryRunHistory();
  private ScriptedProjects projects = new ScriptedProjects().project("ALPHA", 3);
  private final DigestSchedule digests = mock(DigestSchedule.class);

  private MiningJobRunner runner() {
    ClusterLockService locks = mock(ClusterLockService.class);
    when(locks.getLockForName(BeehiveRunLock.NAME)).thenReturn(clusterLock);
    return new MiningJobRunner(
        new MiningJob(
            problems -> projects.closedProjects(problems),
            (project, sink, control) -> projects.deliver(project, sink, control),
            () ->
                new StandardMiningPlan(
                    MiningConfig.defaults(),
                    ValueRates.defaults(),
                    ServiceCatalogue.empty(),
                    30,
                    Reports::message,
                    "test"),
            new BeehiveRunLock(locks),
            history,
            new InMemorySnapshotStore(),
            new InMemoryErrorLog(),
            Clock.systemUTC()),
        digests);
  }

  private static JobRunnerRequest request(JobId id) {
    JobRunnerRequest request = mock(JobRunnerRequest.class);
    when(request.getJobId()).thenReturn(id);
    return request;
  }

  @Test
  void tellsTheRegularJobFromRunNowByItsId() {
    when(clusterLock.tryLock()).thenReturn(true);

    runner().runJob(request(MiningSchedule.REGULAR));
    runner().runJob(request(MiningSchedule.RUN_NOW));

    assertThat(history.recent(10))
        .extracting(r -> r.trigger())
        .containsExactly(RunTrigger.MANUAL, RunTrigger.SCHEDULED);
  }

  @Test
  void answersSuccessWithCountsAndReleasesTheClusterLock() {
    when(clusterLock.tryLock()).thenReturn(true);

    JobRunnerResponse response = runner().runJob(request(MiningSchedule.REGULAR));

    assertThat(response.getMessage()).isEqualTo("run 1: 1 projects, 3 issues, 0 problems");
    org.mockito.Mockito.verify(clusterLock).unlock();
  }

  @Test
  void skipsWhenAnotherNodeHoldsTheClusterLock() {
    when(clusterLock.tryLock()).thenReturn(false);

    JobRunnerResponse response = runner().runJob(request(MiningSchedule.REGULAR));

    assertThat(response.getMessage()).startsWith("skipped");
    assertThat(history.skips()).containsExactly(RunTrigger.SCHEDULED);
    org.mockito.Mockito.verify(clusterLock, org.mockito.Mockito.never()).unlock();
  }

  @Test
  void reportsAFailedRunWithItsReason() {
    when(clusterLock.tryLock()).thenReturn(true);
    projects = new ScriptedProjects();

    JobRunnerResponse response = runner().runJob(request(MiningSchedule.RUN_NOW));

    assertThat(response.getMessage()).contains("pmobuyin.run.failure.nothing-to-mine");
  }

  @Test
  void aSuccessfulRunAsksForTheRegularReportSoon() {
    when(clusterLock.tryLock()).thenReturn(true);

    runner().runJob(request(MiningSchedule.REGULAR));

    org.mockito.Mockito.verify(digests).sendSoon();
  }

  @Test
  void aFailedOrSkippedRunDoesNotAskForTheRegularReport() {
    when(clusterLock.tryLock()).thenReturn(false);
    runner().runJob(request(MiningSchedule.REGULAR));
    when(clusterLock.tryLock()).thenReturn(true);
    projects = new ScriptedProjects();
    runner().runJob(request(MiningSchedule.REGULAR));

    org.mockito.Mockito.verify(digests, org.mockito.Mockito.never()).sendSoon();
  }
}
