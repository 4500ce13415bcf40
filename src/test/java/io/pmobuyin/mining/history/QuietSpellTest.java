package io.pmobuyin.mining.history;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.IssueView;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.testing.IssueBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The longest time in progress without a recorded change, over every spell in progress. */
class QuietSpellTest {

  private static Duration quietest(IssueBuilder issue) {
    return IssueView.of(issue.build(), MiningConfig.defaults())
        .history()
        .longestQuietSpellInProgress();
  }

  @Test
  void measuresEachSpellInProgressOnItsOwnAndIgnoresQuietTimeOutsideThem() {
    IssueBuilder issue =
        anIssue()
            .startedOnDay(1)
            .change(4, ChangeField.OTHER, "a", "b")
            .movedTo("Open", StatusCategory.TO_DO, 6)
            // Thirty quiet days back in the backlog do not count.
            .startedOnDay(36)
            .change(37, ChangeField.OTHER, "b", "c")
            .change(46, ChangeField.OTHER, "c", "d")
            .resolvedOnDay(48);

    // Spells: 1-6 (gaps 3, 2) and 36-48 (gaps 1, 9, 2).
    assertThat(quietest(issue)).isEqualTo(Duration.ofDays(9));
  }

  @Test
  void countsTheLastChangeOfASpellUpToItsEnd() {
    IssueBuilder issue =
        anIssue()
            .startedOnDay(1)
            .change(2, ChangeField.OTHER, "a", "b")
            .movedTo("Open", StatusCategory.TO_DO, 12)
            .startedOnDay(20)
            .resolvedOnDay(21);

    assertThat(quietest(issue)).isEqualTo(Duration.ofDays(10));
  }

  @Test
  void changesAtTheSameMomentAsASpellsStartOrEndSplitNothing() {
    IssueBuilder issue =
        anIssue()
            .startedOnDay(1)
            .change(1, ChangeField.OTHER, "a", "b")
            .change(9, ChangeField.OTHER, "b", "c")
            .change(9, ChangeField.OTHER, "c", "d")
            .resolvedOnDay(15);

    assertThat(quietest(issue)).isEqualTo(Duration.ofDays(8));
  }

  @Test
  void manySpellsWithManyChangesGiveTheSameAnswerAsCountingSpellBySpell() {
    // 2,000 spells of 2 days, each with a change half a day in, apart from one quiet spell of 2.
    IssueBuilder issue = anIssue();
    double day = 1;
    for (int spell = 0; spell < 2_000; spell++) {
      issue.startedOnDay(day);
      if (spell != 1_234) {
        issue.change(day + 0.5, ChangeField.OTHER, "x", "y");
      }
      issue.movedTo("Open", StatusCategory.TO_DO, day + 2);
      day += 3;
    }
    issue.resolvedOnDay(day);

    assertThat(quietest(issue)).isEqualTo(Duration.ofDays(2));
  }
}
