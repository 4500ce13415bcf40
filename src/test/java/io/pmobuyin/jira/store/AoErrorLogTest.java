package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.run.ErrorLog;
import io.pmobuyin.run.LoggedError;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.testing.FakeActiveObjects;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AoErrorLogTest {

  private static final Instant AT = Instant.parse("2026-11-22T03:12:45.500Z");

  private final FakeActiveObjects database = FakeActiveObjects.empty();
  private final ErrorLog log = new AoErrorLog(database.service());

  @Test
  void keepsOnlyTheNewestThousandEntries() {
    for (int n = 1; n <= AoErrorLog.KEPT + 5; n++) {
      log.add(issueProblem(n, "fault " + n));
    }

    List<LoggedError> kept = log.recent(2 * AoErrorLog.KEPT);
    assertThat(kept).hasSize(AoErrorLog.KEPT);
    assertThat(kept.get(0).problem().issueKey()).isEqualTo("ALPHA-1005");
    assertThat(kept.get(kept.size() - 1).problem().issueKey()).isEqualTo("ALPHA-6");
    assertThat(log.count()).isEqualTo(AoErrorLog.KEPT);
    assertThat(database.rowCount(RunErrorEntity.class)).isEqualTo(AoErrorLog.KEPT);
  }

  @Test
  void cutsADetailLongerThanItsColumn() {
    log.add(issueProblem(1, "x".repeat(2_000)));

    assertThat(log.recent(1).get(0).problem().detail())
        .hasSize(RunErrorEntity.LONGEST_TEXT)
        .isEqualTo("x".repeat(RunErrorEntity.LONGEST_TEXT));
  }

  @Test
  void cutsLongKeysToTheirColumns() {
    String longKey = "K".repeat(300);
    log.add(new LoggedError(AT, 1, new RunProblem(longKey, longKey + "-1", "pmobuyin.k", "")));

    RunProblem kept = log.recent(1).get(0).problem();
    assertThat(kept.projectKey()).hasSize(RunErrorEntity.KEY_LENGTH);
    assertThat(kept.issueKey()).hasSize(RunErrorEntity.KEY_LENGTH);
  }

  @Test
  void neverCutsACharacterInHalf() {
    String detail = "a".repeat(RunErrorEntity.LONGEST_TEXT - 1) + "\uD83D\uDE00 and more";

    log.add(issueProblem(1, detail));

    assertThat(log.recent(1).get(0).problem().detail())
        .isEqualTo("a".repeat(RunErrorEntity.LONGEST_TEXT - 1));
  }

  @Test
  void storesAnEmptyDetailAsNullAndReadsItBackEmpty() {
    log.add(issueProblem(1, ""));

    assertThat(database.row(RunErrorEntity.class, 1)).containsEntry(RunErrorEntity.DETAIL, null);
    assertThat(log.recent(1).get(0).problem().detail()).isEmpty();
  }

  @Test
  void isClearedForEveryNode() {
    ErrorLog otherNode = new AoErrorLog(database.service());
    log.add(issueProblem(1, "fault"));

    otherNode.clear();

    assertThat(log.recent(10)).isEmpty();
  }

  private static LoggedError issueProblem(int n, String detail) {
    return new LoggedError(
        AT.plusSeconds(n),
        1,
        new RunProblem("ALPHA", "ALPHA-" + n, "pmobuyin.run.problem.issue", detail));
  }
}
