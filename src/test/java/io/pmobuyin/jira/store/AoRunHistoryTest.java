package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.run.RunHistory;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import io.pmobuyin.testing.FakeActiveObjects;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AoRunHistoryTest {

  private static final Instant AT = Instant.parse("2026-11-22T03:00:00.250Z");

  private final FakeActiveObjects database = FakeActiveObjects.empty();
  private final RunHistory history = new AoRunHistory(database.service());

  @Test
  void storesARunAsNamesDatesAndCounts() {
    RunRecord run = history.start(RunTrigger.MANUAL, AT);

    Map<String, Object> row = database.row(MiningRunEntity.class, (int) run.id());

    assertThat(row)
        .containsEntry(MiningRunEntity.RUN_TRIGGER, "MANUAL")
        .containsEntry(MiningRunEntity.RUN_STATE, "RUNNING")
        .containsEntry(MiningRunEntity.STARTED, Date.from(AT))
        .containsEntry(MiningRunEntity.FINISHED, null)
        .containsEntry(MiningRunEntity.ISSUES_READ, 0L)
        .containsEntry(MiningRunEntity.FAILURE_KEY, null)
        .containsEntry(MiningRunEntity.CANCEL_REQUESTED, false);
  }

  @Test
  void keepsASkippedRunAsFinishedHistoryThatIsNeverUnderWay() {
    history.skipped(RunTrigger.SCHEDULED, AT);

    assertThat(history.recent(10))
        .singleElement()
        .satisfies(
            skipped -> {
              assertThat(skipped.state()).isEqualTo(RunState.SKIPPED);
              assertThat(skipped.trigger()).isEqualTo(RunTrigger.SCHEDULED);
              assertThat(skipped.started()).isEqualTo(AT);
              assertThat(skipped.finished()).isEqualTo(AT);
            });
    assertThat(history.running()).isEmpty();
  }

  @Test
  void showsTheRunsProgressOnEveryNode() {
    RunHistory otherNode = new AoRunHistory(database.service());
    RunRecord run = history.start(RunTrigger.SCHEDULED, AT);
    RunRecord progress =
        new RunRecord(run.id(), run.trigger(), RunState.RUNNING, AT, null, 9, 4, 812, 2, null);

    history.save(progress);

    assertThat(otherNode.running()).contains(progress);
  }

  @Test
  void aCancelAskedOnOneNodeReachesTheRunOnAnother() {
    RunHistory otherNode = new AoRunHistory(database.service());
    RunRecord run = history.start(RunTrigger.SCHEDULED, AT);

    otherNode.requestCancel(otherNode.running().orElseThrow().id());

    assertThat(history.cancelRequested(run.id())).isTrue();
  }

  @Test
  void aProgressSaveWritesOnlyWhatARunChanges() {
    RunRecord run = history.start(RunTrigger.MANUAL, AT);
    // Another node asks for a cancel, and the trigger is changed behind the run's back.
    database.update(
        MiningRunEntity.class,
        (int) run.id(),
        Map.of(MiningRunEntity.CANCEL_REQUESTED, true, MiningRunEntity.RUN_TRIGGER, "SCHEDULED"));

    history.save(
        new RunRecord(run.id(), run.trigger(), RunState.RUNNING, AT, null, 2, 1, 5, 0, null));

    Map<String, Object> row = database.row(MiningRunEntity.class, (int) run.id());
    assertThat(row)
        .containsEntry(MiningRunEntity.CANCEL_REQUESTED, true)
        .containsEntry(MiningRunEntity.RUN_TRIGGER, "SCHEDULED")
        .containsEntry(MiningRunEntity.PROJECTS_DONE, 1);
  }

  @Test
  void refusesToSaveARunItNeverStarted() {
    RunRecord stranger =
        new RunRecord(77, RunTrigger.MANUAL, RunState.RUNNING, AT, null, 0, 0, 0, 0, null);

    assertThatThrownBy(() -> history.save(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("77");
  }

  @Test
  void knowsNoRunBeyondTheDatabasesIdRange() {
    history.start(RunTrigger.MANUAL, AT);

    history.requestCancel(Long.MAX_VALUE);

    assertThat(history.cancelRequested(Long.MAX_VALUE)).isFalse();
    assertThat(history.cancelRequested(0)).isFalse();
  }

  @Test
  void listsNothingForANonPositiveLimit() {
    history.start(RunTrigger.MANUAL, AT);

    assertThat(history.recent(0)).isEmpty();
  }

  @Test
  void keepsTheNewestThousandRunsAsEveryNodeAddsItsOwn() {
    for (int i = 0; i < AoRunHistory.KEPT + 5; i++) {
      history.skipped(RunTrigger.SCHEDULED, java.time.Instant.EPOCH.plusSeconds(i));
    }
    RunRecord newest = history.start(RunTrigger.MANUAL, java.time.Instant.EPOCH.plusSeconds(9_999));

    assertThat(database.rowCount(MiningRunEntity.class)).isEqualTo(AoRunHistory.KEPT);
    assertThat(history.recent(1)).extracting(RunRecord::id).containsExactly(newest.id());
  }
}
