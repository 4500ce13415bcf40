package io.pmobuyin.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.InMemoryErrorLog;
import io.pmobuyin.testing.InMemoryRunHistory;
import io.pmobuyin.testing.InMemorySnapshotStore;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.testing.ScriptedProjects;
import io.pmobuyin.value.ValueRates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MiningJobTest {

  private final InMemoryRunHistory history = new InMemoryRunHistory();
  private final InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
  private final InMemoryErrorLog errors = new InMemoryErrorLog();
  private final TestLock lock = new TestLock();
  private ScriptedProjects projects = new ScriptedProjects().project("ALPHA", 5).project("BETA", 5);
  private MiningPlans plans = () -> plan(30);

  private static MiningPlan plan(int kept) {
    return new StandardMiningPlan(
        MiningConfig.defaults(),
        ValueRates.defaults(),
        ServiceCatalogue.empty(),
        kept,
        Reports::message,
        "PMO Buy-In test");
  }

  /** A plan that reads its actions from the project PMO of this source. */
  private static MiningPlan planWithActions(ActionSource source) {
    return new StandardMiningPlan(
        new MiningConfig(
            io.pmobuyin.mining.PatternThresholds.defaults(),
            io.pmobuyin.mining.StatusCategories.defaults(),
            null,
            ZoneId.of("Asia/Tokyo"),
            25),
        ValueRates.defaults(),
        ServiceCatalogue.empty(),
        30,
        Reports::message,
        "PMO Buy-In test",
        source,
        "PMO");
  }

  private MiningJob job() {
    return new MiningJob(
        problems -> projects.closedProjects(problems),
        (project, sink, control) -> projects.deliver(project, sink, control),
        () -> plans.plan(),
        lock,
        history,
        snapshots,
        errors,
        Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void minesEveryClosedProjectAndKeepsTheReportAsASnapshot() throws Exception {
    RunRecord run = job().run(RunTrigger.SCHEDULED).orElseThrow();

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(run.projectsDone()).isEqualTo(2);
    assertThat(run.issuesRead()).isEqualTo(10);
    Snapshot latest = snapshots.latest().orElseThrow();
    assertThat(latest.header().runId()).isEqualTo(run.id());
    assertThat(latest.header().issues()).isEqualTo(10);
    JsonNode report = new ObjectMapper().readTree(latest.reportJson());
    assertThat(report.path("portfolio").path("issues").asLong()).isEqualTo(10);
    assertThat(lock.held).isFalse();
  }

  @Test
  void putsTheActionsOfTheSettingsProjectIntoTheReportWithTheSettingsZone() throws Exception {
    List<String> asked = new java.util.ArrayList<>();
    plans =
        () ->
            planWithActions(
                (projectKey, zone, catalogue, problems) -> {
                  asked.add(projectKey + " " + zone);
                  return List.of(
                      new ImprovementAction(
                          "PMO-7",
                          "Baseline scope at kick-off",
                          "In Progress",
                          false,
                          List.of(PatternId.SCOPE_CREEP),
                          LocalDate.of(2026, 3, 2),
                          Set.of("ALPHA")));
                });

    RunRecord run = job().run(RunTrigger.MANUAL).orElseThrow();

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(asked).containsExactly("PMO Asia/Tokyo");
    JsonNode actions =
        new ObjectMapper()
            .readTree(snapshots.latest().orElseThrow().reportJson())
            .path("plan")
            .path("actions");
    assertThat(actions).hasSize(1);
    assertThat(actions.get(0).path("key").asText()).isEqualTo("PMO-7");
    assertThat(actions.get(0).path("started").asText()).isEqualTo("2026-03-02");
  }

  @Test
  void keepsTheReportWithAnEmptyPlanAndLogsItWhenTheActionsCannotBeRead() throws Exception {
    plans =
        () ->
            planWithActions(
                (projectKey, zone, catalogue, problems) -> {
                  throw new IllegalStateException("issue table locked");
                });

    RunRecord run = job().run(RunTrigger.MANUAL).orElseThrow();

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(snapshots.latest()).isPresent();
    assertThat(
            new ObjectMapper()
                .readTree(snapshots.latest().orElseThrow().reportJson())
                .path("plan")
                .path("actions"))
        .isEmpty();
    assertThat(errors.recent(10))
        .extracting(e -> e.problem().messageKey(), e -> e.problem().detail())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                MiningJob.ACTIONS_FAILED, "IllegalStateException: issue table locked"));
    assertThat(Reports.message(MiningJob.ACTIONS_FAILED)).isNotEqualTo(MiningJob.ACTIONS_FAILED);
  }

  @Test
  void logsWhatTheActionSourceReportsAndReadsNoActionsWithoutAProject() throws Exception {
    plans =
        () ->
            planWithActions(
                (projectKey, zone, catalogue, problems) -> {
                  problems.accept(
                      new RunProblem(
                          projectKey, null, "pmobuyin.run.problem.actions-skipped", "2"));
                  return List.of();
                });
    job().run(RunTrigger.MANUAL).orElseThrow();
    assertThat(errors.recent(10))
        .extracting(e -> e.problem().projectKey(), e -> e.problem().detail())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PMO", "2"));

    MiningPlan withoutProject =
        new StandardMiningPlan(
            MiningConfig.defaults(),
            ValueRates.defaults(),
            ServiceCatalogue.empty(),
            30,
            Reports::message,
            "test",
            (projectKey, zone, catalogue, problems) -> {
              throw new AssertionError("no project, no read");
            },
            " ");
    assertThat(withoutProject.actions(problem -> {}).actions()).isEmpty();
  }

  @Test
  void skipsWithoutRunningWhenAnotherNodeHoldsTheLock() {
    lock.heldElsewhere = true;

    assertThat(job().run(RunTrigger.SCHEDULED)).isEmpty();

    assertThat(history.skips()).containsExactly(RunTrigger.SCHEDULED);
    assertThat(history.recent(10)).extracting(RunRecord::state).containsExactly(RunState.SKIPPED);
    assertThat(history.running()).isEmpty();
    assertThat(snapshots.headers()).isEmpty();
  }

  @Test
  void logsAnIssueThatFailsToLoadAndGoesOn() {
    projects.failing("ALPHA-3", "history could not be read");

    RunRecord run = job().run(RunTrigger.MANUAL).orElseThrow();

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(run.issuesRead()).isEqualTo(9);
    assertThat(run.problems()).isEqualTo(1);
    LoggedError logged = errors.recent(10).get(0);
    assertThat(logged.runId()).isEqualTo(run.id());
    assertThat(logged.problem().issueKey()).isEqualTo("ALPHA-3");
    assertThat(logged.problem().detail()).isEqualTo("history could not be read");
  }

  @Test
  void logsEachStatusLeftWithoutACategoryForTheAdminToSet() {
    projects.with(
        "ALPHA",
        IssueBuilder.anIssue()
            .key("ALPHA-6")
            .movedTo("Awaiting Merge", StatusCategory.UNKNOWN, 1)
            .resolvedOnDay(3)
            .build());

    RunRecord run = job().run(RunTrigger.MANUAL).orElseThrow();

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(run.issuesRead()).isEqualTo(11);
    assertThat(errors.recent(10))
        .extracting(e -> e.problem().messageKey(), e -> e.problem().detail())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                MiningJob.UNCATEGORISED_STATUS, "Awaiting Merge: 1"));
    assertThat(Reports.message(MiningJob.UNCATEGORISED_STATUS))
        .isNotEqualTo(MiningJob.UNCATEGORISED_STATUS);
  }

  @Test
  void logsAProjectDeletedMidRunAndMinesTheOthers() {
    // One of five projects lost: within the share a run may lose (20 %), so the run is complete.
    projects = projects.project("GAMMA", 5).project("DELTA", 5).project("EPSILON", 5);
    projects.vanishing("ALPHA");

    RunRecord run = job().run(RunTrigger.MANUAL).orElseThrow();

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(run.issuesRead()).isEqualTo(20);
    assertThat(snapshots.pending()).isEmpty();
    assertThat(errors.recent(10))
        .extracting(e -> e.problem().messageKey(), e -> e.problem().projectKey())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "pmobuyin.run.problem.project-unavailable", "ALPHA"));
  }

  @Test
  void keepsARunThatLostMoreProjectsThanAllowedBesideTheLastGoodReportUntilAccepted() {
    job().run(RunTrigger.SCHEDULED);
    SnapshotHeader good = snapshots.latest().orElseThrow().header();
    projects.vanishing("ALPHA");

    RunRecord run = job().run(RunTrigger.MANUAL).orElseThrow();

    assertThat(run.state()).isEqualTo(RunState.PARTIAL);
    assertThat(snapshots.latest()).map(Snapshot::header).contains(good);
    assertThat(snapshots.pending()).map(SnapshotHeader::runId).contains(run.id());
    assertThat(errors.recent(10))
        .extracting(e -> e.problem().messageKey(), e -> e.problem().detail())
        .contains(
            org.assertj.core.groups.Tuple.tuple("pmobuyin.run.problem.partial", "1 of 2 projects"));

    assertThat(snapshots.accept(run.id())).isTrue();
    assertThat(snapshots.latest().orElseThrow().header().runId()).isEqualTo(run.id());
  }

  @Test
  void keepsTheLastGoodSnapshotWhenARunIsCancelled() {
    job().run(RunTrigger.SCHEDULED);
    SnapshotHeader good = snapshots.latest().orElseThrow().header();
    MiningJob job = job();
    projects.at("ALPHA-2", job::cancel);

    RunRecord cancelled = job.run(RunTrigger.MANUAL).orElseThrow();

    assertThat(cancelled.state()).isEqualTo(RunState.CANCELLED);
    assertThat(cancelled.issuesRead()).isLessThan(10);
    assertThat(snapshots.headers()).containsExactly(good);
    assertThat(lock.held).isFalse();
  }

  @Test
  void keepsTheLastGoodSnapshotWhenTheNodeStopsUnderTheRun() {
    job().run(RunTrigger.SCHEDULED);
    SnapshotHeader good = snapshots.latest().orElseThrow().header();
    projects.at("BETA-1", () -> Thread.currentThread().interrupt());

    RunRecord interrupted = job().run(RunTrigger.SCHEDULED).orElseThrow();

    assertThat(interrupted.state()).isEqualTo(RunState.INTERRUPTED);
    assertThat(snapshots.headers()).containsExactly(good);
  }

  @Test
  void marksARunLeftRunningByAStoppedNodeAsInterrupted() {
    RunRecord stale = history.start(RunTrigger.SCHEDULED, Instant.parse("2026-11-21T03:00:00Z"));

    job().run(RunTrigger.SCHEDULED);

    assertThat(history.recent(10))
        .filteredOn(r -> r.id() == stale.id())
        .singleElement()
        .extracting(RunRecord::state)
        .isEqualTo(RunState.INTERRUPTED);
    assertThat(history.running()).isEmpty();
  }

  @Test
  void failsWithoutTouchingSnapshotsWhenSettingsOrSelectionCannotBeRead() {
    job().run(RunTrigger.SCHEDULED);
    plans =
        () -> {
          throw new IllegalStateException("stored settings unreadable");
        };
    RunRecord badSettings = job().run(RunTrigger.MANUAL).orElseThrow();
    plans = () -> plan(30);
    projects = new ScriptedProjects().selectionFails(new IllegalStateException("no database"));
    RunRecord badSelection = job().run(RunTrigger.MANUAL).orElseThrow();

    assertThat(badSettings.state()).isEqualTo(RunState.FAILED);
    assertThat(badSettings.failureKey()).isEqualTo(MiningJob.FAILED_SETTINGS);
    assertThat(badSelection.failureKey()).isEqualTo(MiningJob.FAILED_PROJECTS);
    assertThat(errors.recent(10))
        .extracting(e -> e.problem().detail())
        .contains("IllegalStateException: no database");
    assertThat(snapshots.headers()).hasSize(1);
    assertThat(lock.held).isFalse();
  }

  @Test
  void failsARunThatFindsNothingToMine() {
    projects = new ScriptedProjects();

    RunRecord run = job().run(RunTrigger.MANUAL).orElseThrow();

    assertThat(run.state()).isEqualTo(RunState.FAILED);
    assertThat(run.failureKey()).isEqualTo(MiningJob.FAILED_NOTHING);
    assertThat(snapshots.headers()).isEmpty();
  }

  @Test
  void keepsOnlyAsManySnapshotsAsTheAdminSet() {
    plans = () -> plan(2);

    for (int i = 0; i < 4; i++) {
      job().run(RunTrigger.SCHEDULED);
    }

    assertThat(snapshots.headers()).extracting(SnapshotHeader::id).containsExactly(4L, 3L);
  }

  @Test
  void savesProgressAsProjectsAreDone() {
    projects = new ScriptedProjects().project("A", 1).project("B", 1).project("C", 1);

    job().run(RunTrigger.MANUAL);

    assertThat(history.saves()).extracting(RunRecord::projectsDone).containsSubsequence(0, 1, 2, 3);
    assertThat(history.saves()).allMatch(r -> r.projectsTotal() == 3);
  }

  @Test
  void cancelsNothingWhenNoRunIsUnderWay() {
    assertThat(job().cancel()).isFalse();
  }

  /** The cluster lock: free, or held by another node. */
  private static final class TestLock implements RunLock {
    boolean heldElsewhere;
    boolean held;

    @Override
    public boolean tryLock() {
      if (heldElsewhere || held) {
        return false;
      }
      held = true;
      return true;
    }

    @Override
    public void unlock() {
      held = false;
    }
  }
}
