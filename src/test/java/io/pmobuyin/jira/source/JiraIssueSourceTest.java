package io.pmobuyin.jira.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.run.ProjectUnavailable;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.testing.JiraIssueSpec;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.JiraProject;
import io.pmobuyin.testing.RecordingRunControl;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofbiz.core.entity.GenericEntityException;

/** How the source reads a project: batches, checkpoints, and what it does when Jira fails it. */
class JiraIssueSourceTest {

  private final JiraIssues jira = new JiraIssues(ZoneOffset.UTC);
  private final List<String> timeline = new ArrayList<>();
  private final RecordingRunControl control = new RecordingRunControl(timeline);
  private final List<IssueRecord> delivered = new ArrayList<>();

  JiraIssueSourceTest() {
    jira.recordCallsIn(timeline);
  }

  @Test
  void readsAProjectOf2501IssuesInThreeBatchesWithACheckpointBeforeEach() {
    jira.archivedProject(10, "BIG").issues(2_501);

    deliver("BIG");

    assertThat(jira.batchSizes()).containsExactly(1_000, 1_000, 501);
    assertThat(timeline)
        .filteredOn(call -> call.startsWith("checkpoint") || call.startsWith("getIssueObjects"))
        .containsExactly(
            "checkpoint",
            "getIssueObjects 1000",
            "checkpoint",
            "getIssueObjects 1000",
            "checkpoint",
            "getIssueObjects 501");
    // Change histories: one read a batch, none an issue.
    assertThat(jira.batchHistoryCalls()).isEqualTo(3);
    assertThat(jira.historyCalls()).isZero();
    assertThat(control.issuesRead()).isEqualTo(2_501);
    assertThat(delivered).hasSize(2_501);
    assertThat(control.problems()).isEmpty();
  }

  @Test
  void stopsBetweenBatchesWhenTheRunSaysStop() {
    jira.archivedProject(10, "BIG").issues(2_500);
    RecordingRunControl stopping =
        new RecordingRunControl().stoppingAt(2, new IllegalStateException("cancelled"));

    assertThatThrownBy(
            () ->
                SourceFixture.over(jira)
                    .deliver(jira.closed("BIG"), new SourceFixture.Collected(delivered), stopping))
        .hasMessage("cancelled");
    assertThat(delivered).hasSize(1_000);
    assertThat(jira.batchSizes()).containsExactly(1_000);
  }

  @Test
  void looksForACancelRightAfterAnIssueWithAVeryLongHistory() {
    jira.archivedProject(10, "LONG");
    JiraIssueSpec busy = jira.issue("LONG-1");
    Instant at = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < JiraIssueSource.LONG_HISTORY; i++) {
      busy.history(
          at.plusSeconds(60L * i),
          JiraIssues.statusChange(
              i % 2 == 0 ? "Open" : "In Progress", i % 2 == 0 ? "In Progress" : "Open"));
    }
    jira.issue("LONG-2");
    jira.issue("LONG-3");
    // The first checkpoint (before the batch) passes; the one after LONG-1 stops the run.
    RecordingRunControl stopping =
        new RecordingRunControl().stoppingAt(2, new IllegalStateException("cancelled"));

    assertThatThrownBy(
            () ->
                SourceFixture.over(jira)
                    .deliver(jira.closed("LONG"), new SourceFixture.Collected(delivered), stopping))
        .hasMessage("cancelled");
    assertThat(delivered).extracting(IssueRecord::key).containsExactly("LONG-1");
  }

  @Test
  void loadsTheNextBatchOnlyOnceTheLastIsDelivered() {
    jira.archivedProject(10, "BIG").issues(2_500);
    List<Long> builtWhenDelivered = new ArrayList<>();

    SourceFixture.over(jira)
        .deliver(
            jira.closed("BIG"),
            new IssueSink() {
              @Override
              public void project(ProjectRecord project) {}

              @Override
              public void issue(IssueRecord issue) {
                builtWhenDelivered.add(jira.issuesBuilt());
              }
            },
            control);

    assertThat(builtWhenDelivered.get(0)).isEqualTo(1_000);
    assertThat(builtWhenDelivered.get(999)).isEqualTo(1_000);
    assertThat(builtWhenDelivered.get(1_000)).isEqualTo(2_000);
    assertThat(builtWhenDelivered.get(2_499)).isEqualTo(2_500);
  }

  @Test
  void feedsTheEngineIssuesItMines() {
    jira.archivedProject(10, "ABC");
    jira.issue("ABC-1")
        .resolved(Instant.parse("2024-02-20T10:00:00Z"))
        .due(LocalDate.of(2024, 2, 10))
        .history(Instant.parse("2024-01-09T09:00:00Z"), JiraIssues.statusChange("Open", "Done"));
    jira.issue("ABC-2").resolved(Instant.parse("2024-01-20T10:00:00Z"));
    PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());

    miner.project(jira.closed("ABC").project());
    SourceFixture.over(jira).deliver(jira.closed("ABC"), miner, control);

    assertThat(miner.finish().issues()).isEqualTo(2);
    assertThat(control.problems()).isEmpty();
  }

  @Test
  void readsIssuesInTheOrderOfTheirIdsWhateverOrderJiraListsThem() {
    // The stand-in lists ids newest first.
    jira.archivedProject(10, "ABC").issues(5);

    deliver("ABC");

    assertThat(delivered)
        .extracting(IssueRecord::key)
        .containsExactly("ABC-1", "ABC-2", "ABC-3", "ABC-4", "ABC-5");
  }

  @Test
  void readsNothingAndFailsNothingForAProjectWithoutIssues() {
    jira.archivedProject(10, "NIL");

    deliver("NIL");

    assertThat(delivered).isEmpty();
    assertThat(jira.batchSizes()).isEmpty();
    assertThat(control.problems()).isEmpty();
  }

  @Test
  void reportsAnIssueThatFailsToLoadAndGoesOnWithTheRest() {
    jira.archivedProject(10, "ABC");
    jira.issue("ABC-1");
    jira.issue("ABC-2").failing(new IllegalStateException("row 10000002 is broken"));
    jira.issue("ABC-3");

    deliver("ABC");

    assertThat(delivered).extracting(IssueRecord::key).containsExactly("ABC-1", "ABC-3");
    assertThat(control.issuesRead()).isEqualTo(2);
    assertThat(control.problems())
        .containsExactly(
            new RunProblem(
                "ABC",
                "ABC-2",
                "pmobuyin.run.problem.issue",
                "IllegalStateException: row 10000002 is broken"));
  }

  @Test
  void reportsAnIssueWhoseHistoryFailsToLoad() {
    jira.archivedProject(10, "ABC");
    jira.issue("ABC-1").historyFails(new IllegalStateException("changegroup unreadable"));
    jira.issue("ABC-2");

    deliver("ABC");

    assertThat(delivered).extracting(IssueRecord::key).containsExactly("ABC-2");
    assertThat(control.problems())
        .extracting(RunProblem::issueKey, RunProblem::detail)
        .containsExactly(tuple("ABC-1", "IllegalStateException: changegroup unreadable"));
  }

  @Test
  void reportsAndSkipsAnIssueWithADateOutsideTheYearsWorkCanFallIn() {
    jira.archivedProject(10, "ABC");
    jira.issue("ABC-1").created(Instant.parse("0500-02-15T10:00:00Z"));
    jira.issue("ABC-2").due(LocalDate.of(2999, 1, 1));
    jira.issue("ABC-3");

    deliver("ABC");

    assertThat(delivered).extracting(IssueRecord::key).containsExactly("ABC-3");
    assertThat(control.problems())
        .extracting(RunProblem::issueKey, RunProblem::detail)
        .containsExactly(
            tuple(
                "ABC-1",
                "IllegalArgumentException: a date outside the years 1970\u20132100:"
                    + " 0500-02-15T10:00:00Z"),
            tuple(
                "ABC-2",
                "IllegalArgumentException: a date outside the years 1970\u20132100: 2999-01-01"));
  }

  @Test
  void reportsAnIssueWithoutACreatedDate() {
    jira.archivedProject(10, "ABC");
    jira.issue("ABC-1").created(null);

    deliver("ABC");

    assertThat(delivered).isEmpty();
    assertThat(control.problems()).extracting(RunProblem::issueKey).containsExactly("ABC-1");
  }

  @Test
  void reportsAnIssueDeletedBetweenListingAndLoadingByItsId() {
    jira.archivedProject(10, "ABC");
    jira.issue("ABC-1");
    long vanished = jira.issue("ABC-2").vanishes().id();

    deliver("ABC");

    assertThat(delivered).extracting(IssueRecord::key).containsExactly("ABC-1");
    assertThat(control.problems())
        .containsExactly(
            new RunProblem(
                "ABC",
                "#" + vanished,
                "pmobuyin.run.problem.issue",
                "deleted since the project was listed"));
  }

  @Test
  void findsAProjectUnavailableWhenItsIssueIdsCannotBeListed() {
    jira.archivedProject(10, "ABC").idsFail(new GenericEntityException("connection reset"));

    assertThatThrownBy(() -> deliver("ABC"))
        .isInstanceOf(ProjectUnavailable.class)
        .hasMessage("project ABC: GenericEntityException: connection reset")
        .extracting(e -> ((ProjectUnavailable) e).messageKey())
        .isEqualTo("pmobuyin.run.problem.project-unavailable");
    assertThat(jira.batchSizes()).isEmpty();
  }

  @Test
  void findsAProjectDeletedSinceTheRunBeganUnavailable() {
    jira.archivedProject(10, "ABC").issues(3).deleted();

    assertThatThrownBy(() -> deliver("ABC"))
        .isInstanceOf(ProjectUnavailable.class)
        .hasMessage("project ABC: deleted since the run began");
    assertThat(delivered).isEmpty();
  }

  @Test
  void findsAProjectUnarchivedSinceTheRunBeganUnavailable() {
    jira.archivedProject(10, "ABC").issues(3).unarchived();

    assertThatThrownBy(() -> deliver("ABC"))
        .isInstanceOf(ProjectUnavailable.class)
        .hasMessage("project ABC: no longer archived");
  }

  @Test
  void readsAProjectPickedByItsCategoryThoughItIsNotArchived() {
    jira.project(10, "CAT").issues(3);

    deliver("CAT");

    assertThat(delivered).hasSize(3);
  }

  @Test
  void findsAProjectDeletedWhileItIsReadUnavailableInsteadOfReportingEachIssue() {
    jira.archivedProject(10, "ABC").issues(3).deletedWhileRead();

    assertThatThrownBy(() -> deliver("ABC"))
        .isInstanceOf(ProjectUnavailable.class)
        .hasMessage("project ABC: deleted since the run began");
    assertThat(control.problems()).isEmpty();
  }

  @Test
  void looksTheAppsFieldsUpOncePerProjectNotPerIssue() {
    jira.archivedProject(10, "ABC").issues(1_500);

    deliver("ABC");

    assertThat(jira.fieldLookups()).containsExactlyInAnyOrder("PMO Scope", "Executive Sponsor");
  }

  @Test
  void readsHistoriesIssueByIssueForTheRestOfTheRunOnceTheBatchReadFailsToLink() {
    jira.archivedProject(10, "BIG").issues(2_501);
    jira.archivedProject(11, "MORE").issues(10);
    jira.batchHistoryReadFailing(new NoSuchMethodError("getChangeHistoriesForUser"));
    JiraIssueSource source = SourceFixture.over(jira);
    SourceFixture.Collected sink = new SourceFixture.Collected(delivered);

    source.deliver(jira.closed("BIG"), sink, control);
    source.deliver(jira.closed("MORE"), sink, control);

    assertThat(jira.batchHistoryCalls()).isEqualTo(1);
    assertThat(jira.historyCalls()).isEqualTo(2_511);
    assertThat(delivered).hasSize(2_511);
    assertThat(control.problems()).isEmpty();
  }

  @Test
  void readsABatchWhoseBatchReadFailsIssueByIssueSoOnlyTheBadIssueIsReported() {
    JiraProject project = jira.archivedProject(10, "ABC");
    jira.issue("ABC-1").historyFails(new IllegalStateException("changegroup unreadable"));
    project.issues(1_000);

    deliver("ABC");

    // The first batch holds the bad issue: read again issue by issue; the second reads in one go.
    assertThat(jira.batchHistoryCalls()).isEqualTo(2);
    assertThat(jira.historyCalls()).isEqualTo(1_000);
    assertThat(delivered).hasSize(1_000).noneMatch(issue -> issue.key().equals("ABC-1"));
    assertThat(control.problems())
        .extracting(RunProblem::issueKey, RunProblem::detail)
        .containsExactly(tuple("ABC-1", "IllegalStateException: changegroup unreadable"));
  }

  @Test
  void deliversTheSameRecordsReadInBatchesAsIssueByIssue() {
    JiraIssues batched = JiraIssueSourceBench.portfolio(3_000, 3);
    JiraIssues oneByOne =
        JiraIssueSourceBench.portfolio(3_000, 3)
            .batchHistoryReadFailing(new NoSuchMethodError("getChangeHistoriesForUser"));

    List<IssueRecord> inBatches = deliverAll(batched);
    List<IssueRecord> issueByIssue = deliverAll(oneByOne);

    assertThat(batched.historyCalls()).isZero();
    assertThat(oneByOne.historyCalls()).isEqualTo(3_000);
    assertThat(inBatches).hasSize(3_000).isEqualTo(issueByIssue);
    assertThat(inBatches).anySatisfy(issue -> assertThat(issue.changes()).hasSizeGreaterThan(5));
  }

  private static List<IssueRecord> deliverAll(JiraIssues jira) {
    List<IssueRecord> records = new ArrayList<>();
    JiraIssueSource source = SourceFixture.over(jira);
    for (int p = 1; jira.hasProject("P" + p); p++) {
      source.deliver(
          jira.closed("P" + p), new SourceFixture.Collected(records), new RecordingRunControl());
    }
    return records;
  }

  private void deliver(String projectKey) {
    SourceFixture.over(jira)
        .deliver(jira.closed(projectKey), new SourceFixture.Collected(delivered), control);
  }
}
