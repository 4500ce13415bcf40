package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.run.RunHistory;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import io.pmobuyin.testing.FakeActiveObjects;
import io.pmobuyin.testing.InMemoryRunHistory;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunHistory} does, proved on the in-memory one that MiningJobTest uses and on
 * the Active Objects one Jira uses. Where they differ on purpose (a skipped run is a row of the
 * database's history, and only a note in memory), see AoRunHistoryTest.
 */
class RunHistoryContractTest {

  static final Instant STARTED = Instant.parse("2026-11-22T03:00:00.250Z");
  static final Instant FINISHED = Instant.parse("2026-11-22T03:41:07.125Z");

  abstract static class Contract {

    RunHistory history;

    abstract RunHistory newHistory();

    @BeforeEach
    void emptyHistory() {
      history = newHistory();
    }

    @Test
    void startsARunAsRunningWithNothingCountedYet() {
      RunRecord run = history.start(RunTrigger.MANUAL, STARTED);

      assertThat(run.id()).isPositive();
      assertThat(run)
          .isEqualTo(
              new RunRecord(
                  run.id(), RunTrigger.MANUAL, RunState.RUNNING, STARTED, null, 0, 0, 0, 0, null));
      assertThat(history.recent(10)).containsExactly(run);
    }

    @Test
    void keepsEveryFieldOfAProgressSaveWithNoEndAndNoFailureYet() {
      RunRecord run = history.start(RunTrigger.SCHEDULED, STARTED);
      RunRecord progress =
          new RunRecord(
              run.id(),
              RunTrigger.SCHEDULED,
              RunState.RUNNING,
              STARTED,
              null,
              12,
              5,
              3_000_000_000L,
              7,
              null);

      history.save(progress);

      assertThat(history.recent(1)).containsExactly(progress);
      assertThat(history.running()).contains(progress);
    }

    @Test
    void keepsEveryFieldOfAFailedRunsEnd() {
      RunRecord run = history.start(RunTrigger.MANUAL, STARTED);
      RunRecord failed =
          new RunRecord(
              run.id(),
              RunTrigger.MANUAL,
              RunState.FAILED,
              STARTED,
              FINISHED,
              3,
              1,
              250,
              1,
              "pmobuyin.run.failure.unexpected");

      history.save(failed);

      assertThat(history.recent(1)).containsExactly(failed);
      assertThat(history.running()).isEmpty();
    }

    @Test
    void listsTheNewestRunFirstUpToTheLimit() {
      RunRecord first = history.start(RunTrigger.SCHEDULED, STARTED);
      history.save(finished(first, RunState.SUCCEEDED));
      RunRecord second = history.start(RunTrigger.MANUAL, STARTED.plusSeconds(60));
      history.save(finished(second, RunState.CANCELLED));
      RunRecord third = history.start(RunTrigger.SCHEDULED, STARTED.plusSeconds(120));

      assertThat(history.recent(2))
          .extracting(RunRecord::id)
          .containsExactly(third.id(), second.id());
      assertThat(history.recent(10))
          .extracting(RunRecord::state)
          .containsExactly(RunState.RUNNING, RunState.CANCELLED, RunState.SUCCEEDED);
    }

    @Test
    void findsTheRunUnderWayUntilItEnds() {
      RunRecord earlier = history.start(RunTrigger.SCHEDULED, STARTED);
      history.save(finished(earlier, RunState.SUCCEEDED));
      RunRecord current = history.start(RunTrigger.MANUAL, STARTED.plusSeconds(60));

      assertThat(history.running()).contains(current);

      history.save(finished(current, RunState.INTERRUPTED));

      assertThat(history.running()).isEmpty();
    }

    @Test
    void seesACancelOnlyOnTheRunItWasAskedFor() {
      RunRecord earlier = history.start(RunTrigger.SCHEDULED, STARTED);
      RunRecord current = history.start(RunTrigger.MANUAL, STARTED.plusSeconds(60));

      history.requestCancel(current.id());

      assertThat(history.cancelRequested(current.id())).isTrue();
      assertThat(history.cancelRequested(earlier.id())).isFalse();
    }

    @Test
    void keepsACancelThroughTheRunsLaterProgressSaves() {
      RunRecord run = history.start(RunTrigger.MANUAL, STARTED);
      history.requestCancel(run.id());

      history.save(
          new RunRecord(
              run.id(), run.trigger(), RunState.RUNNING, STARTED, null, 4, 2, 90, 0, null));

      assertThat(history.cancelRequested(run.id())).isTrue();
    }

    @Test
    void neverTakesASkippedRunForTheRunUnderWay() {
      history.skipped(RunTrigger.SCHEDULED, STARTED);

      assertThat(history.running()).isEmpty();
      assertThat(history.recent(10)).noneMatch(run -> run.state() == RunState.RUNNING);
    }

    @Test
    void answersNoCancelForARunItNeverHad() {
      assertThat(history.cancelRequested(42)).isFalse();
    }
  }

  static RunRecord finished(RunRecord run, RunState end) {
    return new RunRecord(run.id(), run.trigger(), end, run.started(), FINISHED, 1, 1, 10, 0, null);
  }

  @Nested
  class InMemory extends Contract {
    @Override
    RunHistory newHistory() {
      return new InMemoryRunHistory();
    }
  }

  @Nested
  class OverActiveObjects extends Contract {
    @Override
    RunHistory newHistory() {
      return new AoRunHistory(FakeActiveObjects.empty().service());
    }
  }
}
