package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class BlockedWorkPatternTest {

  private final BlockedWorkPattern pattern = new BlockedWorkPattern();

  @Test
  void flagsWorkFlaggedForMoreThanTwoDays() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .change(1, ChangeField.FLAGGED, null, "Impediment")
                    .change(3.1, ChangeField.FLAGGED, "Impediment", null)
                    .resolvedOnDay(5)))
        .isTrue();
  }

  @Test
  void acceptsWorkFlaggedForTwoDaysExactly() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .change(1, ChangeField.FLAGGED, null, "Impediment")
                    .change(3, ChangeField.FLAGGED, "Impediment", null)
                    .resolvedOnDay(5)))
        .isFalse();
  }

  @Test
  void flagsTimeInABlockedStatus() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .startedOnDay(1)
                    .movedTo("Blocked", StatusCategory.IN_PROGRESS, 2)
                    .startedOnDay(5)
                    .resolvedOnDay(6)))
        .isTrue();
  }

  @Test
  void flagsABlockedByLinkUntilItWasRemoved() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .change(1, ChangeField.LINK, null, "This issue is blocked by ABC-9")
                    .change(4, ChangeField.LINK, "This issue is blocked by ABC-9", null)
                    .resolvedOnDay(5)))
        .isTrue();
  }

  @Test
  void countsOverlappingReasonsOnce() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .change(1, ChangeField.FLAGGED, null, "Impediment")
                    .movedTo("Blocked", StatusCategory.IN_PROGRESS, 1)
                    .change(2.5, ChangeField.FLAGGED, "Impediment", null)
                    .startedOnDay(2.5)
                    .resolvedOnDay(4)))
        .isFalse();
  }

  @Test
  void stopsCountingAFlagLeftOnWorkOnceItWasResolved() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .change(1, ChangeField.FLAGGED, null, "Impediment")
                    .resolvedOnDay(2.5)
                    .movedTo("Closed", StatusCategory.DONE, 40)))
        .isFalse();
  }

  @Test
  void countsAReopenedIssueAgainOnlyWhileItIsBlockedAgain() {
    IssueBuilder reopenedWithTheOldFlag =
        anIssue()
            .change(1, ChangeField.FLAGGED, null, "Impediment")
            .resolvedOnDay(2.5)
            .reopenedOnDay(10)
            .resolvedOnDay(30);
    IssueBuilder blockedAgain =
        anIssue()
            .change(1, ChangeField.LINK, null, "This issue is blocked by ABC-9")
            .resolvedOnDay(2)
            .reopenedOnDay(10)
            .change(11, ChangeField.FLAGGED, null, "Impediment")
            .change(12.5, ChangeField.FLAGGED, "Impediment", null)
            .resolvedOnDay(30);

    assertThat(Judge.affects(pattern, reopenedWithTheOldFlag)).isFalse();
    assertThat(Judge.affects(pattern, blockedAgain)).isTrue();
  }
}
