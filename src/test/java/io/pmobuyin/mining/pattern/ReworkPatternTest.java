package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class ReworkPatternTest {

  private final ReworkPattern pattern = new ReworkPattern();

  @Test
  void flagsWorkReopenedAfterItWasDone() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue().startedOnDay(1).resolvedOnDay(3).reopenedOnDay(4).resolvedOnDay(6)))
        .isTrue();
  }

  @Test
  void knowsCommonDoneStatusesWithoutTheirCategoryInTheHistory() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .movedTo("Resolved", StatusCategory.DONE, 2)
                    .movedTo("Reopened", StatusCategory.TO_DO, 3)
                    .movedTo("Closed", StatusCategory.DONE, 5)))
        .isTrue();
  }

  @Test
  void flagsAClearedResolutionEvenWhenStatusesAreUnknown() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .change(2, ChangeField.RESOLUTION, null, "Fixed")
                    .change(3, ChangeField.RESOLUTION, "Fixed", null)))
        .isTrue();
  }

  @Test
  void acceptsWorkThatMovedForwardOnly() {
    assertThat(Judge.affects(pattern, anIssue().startedOnDay(1).resolvedOnDay(3))).isFalse();
  }
}
