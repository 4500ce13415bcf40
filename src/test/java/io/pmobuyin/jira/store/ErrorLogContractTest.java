package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.run.ErrorLog;
import io.pmobuyin.run.LoggedError;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.testing.FakeActiveObjects;
import io.pmobuyin.testing.InMemoryErrorLog;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ErrorLog} does below its bound, in memory (MiningJobTest) and in Jira's
 * database. The bound and the cutting of long text belong to the database one: AoErrorLogTest.
 */
class ErrorLogContractTest {

  static final Instant AT = Instant.parse("2026-11-22T03:12:45.500Z");

  abstract static class Contract {

    ErrorLog log;

    abstract ErrorLog newLog();

    @BeforeEach
    void emptyLog() {
      log = newLog();
    }

    @Test
    void keepsEveryFieldOfAnIssueProblem() {
      LoggedError error =
          new LoggedError(
              AT,
              3_000_000_000L,
              new RunProblem(
                  "ALPHA", "ALPHA-3", "pmobuyin.run.problem.issue", "history could not be read"));

      log.add(error);

      assertThat(log.recent(10)).containsExactly(error);
    }

    @Test
    void keepsAProblemWithNoProjectNoIssueAndNoDetail() {
      LoggedError error =
          new LoggedError(AT, 4, new RunProblem(null, null, "pmobuyin.run.failure.settings", ""));

      log.add(error);

      assertThat(log.recent(10)).containsExactly(error);
      assertThat(log.recent(10).get(0).problem().detail()).isEmpty();
    }

    @Test
    void listsTheNewestFirstUpToTheLimit() {
      for (int i = 1; i <= 4; i++) {
        log.add(problem(i));
      }

      assertThat(log.recent(2))
          .extracting(e -> e.problem().issueKey())
          .containsExactly("ALPHA-4", "ALPHA-3");
      assertThat(log.count()).isEqualTo(4);
    }

    @Test
    void isEmptyOnceCleared() {
      log.add(problem(1));
      log.add(problem(2));

      log.clear();

      assertThat(log.recent(10)).isEmpty();
      assertThat(log.count()).isZero();
    }

    @Test
    void logsAgainAfterAClear() {
      log.add(problem(1));
      log.clear();

      log.add(problem(2));

      assertThat(log.recent(10)).containsExactly(problem(2));
    }
  }

  static LoggedError problem(int n) {
    return new LoggedError(
        AT.plusSeconds(n),
        1,
        new RunProblem("ALPHA", "ALPHA-" + n, "pmobuyin.run.problem.issue", "fault " + n));
  }

  @Nested
  class InMemory extends Contract {
    @Override
    ErrorLog newLog() {
      return new InMemoryErrorLog();
    }
  }

  @Nested
  class OverActiveObjects extends Contract {
    @Override
    ErrorLog newLog() {
      return new AoErrorLog(FakeActiveObjects.empty().service());
    }
  }
}
