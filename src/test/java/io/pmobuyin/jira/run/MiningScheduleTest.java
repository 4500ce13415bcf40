package io.pmobuyin.jira.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.testing.InMemorySettingsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class MiningScheduleTest {

  private final SchedulerService scheduler = mock(SchedulerService.class);
  private final MiningJobRunner runner = mock(MiningJobRunner.class);
  private final MiningSchedule schedule =
      new MiningSchedule(
          scheduler,
          runner,
          new SettingsRunCalendar(InMemorySettingsStore.holding(AppSettings.defaults())),
          Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void registersTheRunnerOnThisNodeAndSchedulesTheRegularJobOncePerCluster() throws Exception {
    schedule.onStart();

    verify(scheduler).registerJobRunner(MiningSchedule.RUNNER, runner);
    JobConfig config = scheduled(MiningSchedule.REGULAR);
    assertThat(config.getJobRunnerKey()).isEqualTo(MiningSchedule.RUNNER);
    assertThat(config.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
  }

  @Test
  void runsNowAsAOneOffJobOfTheSameRunnerOnOneNode() throws Exception {
    schedule.runNow();

    JobConfig config = scheduled(MiningSchedule.RUN_NOW);
    assertThat(config.getJobRunnerKey()).isEqualTo(MiningSchedule.RUNNER);
    assertThat(config.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    verify(scheduler, never()).scheduleJob(eq(MiningSchedule.REGULAR), any());
  }

  @Test
  void unregistersOnlyItsRunnerWhenTheAppStopsLeavingTheClustersJob() {
    schedule.onStop();

    verify(scheduler).unregisterJobRunner(MiningSchedule.RUNNER);
    verify(scheduler, never()).unscheduleJob(any());
  }

  @Test
  void saysWhichJobCouldNotBeScheduled() throws Exception {
    doThrow(new SchedulerServiceException("database down"))
        .when(scheduler)
        .scheduleJob(eq(MiningSchedule.RUN_NOW), any());

    assertThatThrownBy(schedule::runNow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.pmobuyin.mining.now")
        .hasMessageContaining("database down");
  }

  private JobConfig scheduled(JobId id) throws Exception {
    ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
    verify(scheduler).scheduleJob(eq(id), config.capture());
    return config.getValue();
  }
}
