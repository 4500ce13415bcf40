package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.jira.run.MiningSchedule;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.run.LoggedError;
import io.pmobuyin.run.MiningJob;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.InMemoryErrorLog;
import io.pmobuyin.testing.InMemoryRunHistory;
import io.pmobuyin.testing.InMemorySnapshotStore;
import java.time.Instant;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What admins see of the runs and the error log, and what run-now and cancel do. */
class RunResourceTest {

  private final UserManager users = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final InMemoryRunHistory history = new InMemoryRunHistory();
  private final InMemoryErrorLog errorLog = new InMemoryErrorLog();
  private final MiningJob job = mock(MiningJob.class);
  private final MiningSchedule schedule = mock(MiningSchedule.class);
  private final InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
  private final RunResource resource =
      new RunResource(
          new RequestAccess(users),
          new RestErrors(BundleI18nResolver.create()),
          BundleI18nResolver.create(),
          history,
          errorLog,
          job,
          schedule,
          snapshots);

  @BeforeEach
  void asAdminFromOurPage() {
    UserKey key = new UserKey("admin");
    when(users.getRemoteUserKey()).thenReturn(key);
    when(users.isAdmin(key)).thenReturn(true);
    when(request.getContentType()).thenReturn("application/json");
  }

  @Test
  void showsTheRunUnderWayAndTheLatestRunsWithFailuresTranslated() {
    RunRecord failed = history.start(RunTrigger.SCHEDULED, Instant.parse("2026-11-20T03:00:00Z"));
    history.save(
        new RunRecord(
            failed.id(),
            RunTrigger.SCHEDULED,
            RunState.FAILED,
            failed.started(),
            Instant.parse("2026-11-20T03:01:00Z"),
            0,
            0,
            0,
            1,
            "pmobuyin.run.failure.nothing-to-mine"));
    history.start(RunTrigger.MANUAL, Instant.parse("2026-11-21T09:00:00Z"));

    RunsDto runs = (RunsDto) resource.runs(request).getEntity();

    assertThat(runs.current().trigger()).isEqualTo("MANUAL");
    assertThat(runs.recent()).extracting(RunDto::state).containsExactly("RUNNING", "FAILED");
    assertThat(runs.recent().get(1).failure()).startsWith("No issues to mine");
    assertThat(runs.recent().get(1).finished()).isEqualTo("2026-11-20T03:01:00Z");
  }

  @Test
  void asksTheSchedulerForARunUnlessOneIsUnderWay() {
    assertThat(resource.runNow(request).getStatus()).isEqualTo(202);
    verify(schedule).runNow();

    history.start(RunTrigger.SCHEDULED, Instant.EPOCH);
    Response refused = resource.runNow(request);

    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(((ErrorDto) refused.getEntity()).message()).contains("already under way");
    verify(schedule).runNow();
  }

  @Test
  void saysWhenThereIsNoRunToCancel() {
    when(job.cancel()).thenReturn(false);

    assertThat(resource.cancel(request).getStatus()).isEqualTo(404);
  }

  @Test
  void showsTheErrorLogTranslatedNamingTheIssueOrProjectAndClearsIt() {
    errorLog.add(
        new LoggedError(
            Instant.parse("2026-11-21T03:00:05Z"),
            7,
            new RunProblem(
                "ALPHA", "ALPHA-3", "pmobuyin.run.problem.issue", "NullPointerException")));
    errorLog.add(
        new LoggedError(
            Instant.parse("2026-11-21T03:00:09Z"),
            7,
            new RunProblem("BETA", null, "pmobuyin.run.problem.project-unavailable", "deleted")));

    ErrorLogDto log = (ErrorLogDto) resource.errorLog(request).getEntity();

    assertThat(log.count()).isEqualTo(2);
    assertThat(log.entries())
        .extracting(ErrorEntryDto::message)
        .containsExactly(
            "Project BETA could not be read: it was deleted or changed during the run.",
            "Issue ALPHA-3 could not be read.");
    assertThat(log.entries().get(1).detail()).isEqualTo("NullPointerException");

    assertThat(resource.clearErrorLog(request).getStatus()).isEqualTo(204);
    assertThat(errorLog.count()).isZero();
  }

  @Test
  void neverSchedulesARunForAForgedRequest() {
    when(request.getContentType()).thenReturn("application/x-www-form-urlencoded");

    assertThat(resource.runNow(request).getStatus()).isEqualTo(403);
    verify(schedule, never()).runNow();
  }

  @Test
  void offersAPartialRunsReportAndShowsItOnceAccepted() {
    snapshots.save(3, Instant.parse("2026-11-20T03:00:00Z"), 10, 100, "{}");
    snapshots.save(4, Instant.parse("2026-11-21T03:00:00Z"), 2, 20, "{}", true);

    assertThat(((RunsDto) resource.runs(request).getEntity()).pendingRunId()).isEqualTo(4L);
    assertThat(resource.accept(request, 3).getStatus()).isEqualTo(404);
    assertThat(resource.accept(request, 4).getStatus()).isEqualTo(204);
    assertThat(((RunsDto) resource.runs(request).getEntity()).pendingRunId()).isNull();
    assertThat(snapshots.latest().orElseThrow().header().runId()).isEqualTo(4);
  }
}
