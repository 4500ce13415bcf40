package io.pmobuyin.jira.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import io.pmobuyin.run.digest.DigestRound;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DigestScheduleTest {

  private final SchedulerService scheduler = mock(SchedulerService.class);
  private final DigestRound round = mock(DigestRound.class);
  private final ClusterLock lock = mock(ClusterLock.class);
  private final DigestJobRunner runner = new DigestJobRunner(round, lockNamed());
  private final DigestSchedule schedule =
      new DigestSchedule(
          scheduler, runner, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

  private BeehiveRunLock lockNamed() {
    ClusterLockService locks = mock(ClusterLockService.class);
    when(locks.getLockForName(BeehiveRunLock.DIGEST)).thenReturn(lock);
    return new BeehiveRunLock(locks, BeehiveRunLock.DIGEST);
  }

  @Test
  void registersItsRunnerAndAPassEveryQuarterHourOncePerCluster() throws Exception {
    schedule.onStart();

    verify(scheduler).registerJobRunner(DigestSchedule.RUNNER, runner);
    ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
    verify(scheduler).scheduleJob(eq(DigestSchedule.REGULAR), config.capture());
    assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    assertThat(config.getValue().getJobRunnerKey()).isEqualTo(DigestSchedule.RUNNER);
  }

  @Test
  void afterARunAOneOffPassOfTheSameRunner() throws Exception {
    schedule.sendSoon();

    verify(scheduler).scheduleJob(eq(DigestSchedule.SOON), any());
  }

  @Test
  void aSchedulerThatRefusesTheOneOffLeavesItToTheRegularPass() throws Exception {
    doThrow(new SchedulerServiceException("down"))
        .when(scheduler)
        .scheduleJob(eq(DigestSchedule.SOON), any());

    schedule.sendSoon(); // no exception reaches the mining run
  }

  @Test
  void aPassRunsUnderTheDigestLockAndReleasesIt() {
    when(lock.tryLock()).thenReturn(true);
    when(round.run()).thenReturn(2);

    assertThat(runner.runJob(mock(JobRunnerRequest.class)).getMessage())
        .isEqualTo("2 subscriptions sent");
    verify(lock).unlock();
  }

  @Test
  void anotherNodeSendingMeansThisOneSkips() {
    when(lock.tryLock()).thenReturn(false);

    assertThat(runner.runJob(mock(JobRunnerRequest.class)).getMessage()).startsWith("skipped");
    verify(round, org.mockito.Mockito.never()).run();
  }
}
