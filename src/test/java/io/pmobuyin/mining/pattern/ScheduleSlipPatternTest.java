package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class ScheduleSlipPatternTest {

  private final ScheduleSlipPattern pattern = new ScheduleSlipPattern();

  @Test
  void flagsIssueResolvedTheDayAfterItsDueDate() {
    assertThat(Judge.affects(pattern, anIssue().dueOnDay(10).resolvedOnDay(11.1))).isTrue();
  }

  @Test
  void acceptsIssueResolvedLateOnItsDueDay() {
    assertThat(Judge.affects(pattern, anIssue().dueOnDay(10).resolvedOnDay(10.99))).isFalse();
  }

  @Test
  void flagsIssueResolvedAfterItsFixVersionsPlannedRelease() {
    assertThat(Judge.affects(pattern, anIssue().fixVersion("1.0", 5).resolvedOnDay(6.5))).isTrue();
    assertThat(Judge.affects(pattern, anIssue().fixVersion("1.0", 5).resolvedOnDay(5.5))).isFalse();
  }

  @Test
  void letsTheDueDateDecideWhereOneIsSet() {
    assertThat(
            Judge.affects(pattern, anIssue().dueOnDay(20).fixVersion("1.0", 10).resolvedOnDay(15)))
        .isFalse();
    assertThat(
            Judge.affects(pattern, anIssue().dueOnDay(10).fixVersion("1.0", 20).resolvedOnDay(15)))
        .isTrue();
  }

  @Test
  void takesWorkShippedInSeveralReleasesAsLateOnlyWhenItMissedThemAll() {
    assertThat(
            Judge.affects(
                pattern, anIssue().fixVersion("1.9.1", 10).fixVersion("2.0", 30).resolvedOnDay(20)))
        .isFalse();
    assertThat(
            Judge.affects(
                pattern, anIssue().fixVersion("1.9.1", 10).fixVersion("2.0", 30).resolvedOnDay(31)))
        .isTrue();
  }

  @Test
  void neverTakesWorkThatWasNotDeliveredForASlip() {
    // Apache's CB-5752 was closed Won't Fix long after its release: not late, given up.
    assertThat(Judge.affects(pattern, anIssue().dueOnDay(10).resolvedOnDay(400, "Won't Fix")))
        .isFalse();
    assertThat(Judge.affects(pattern, anIssue().fixVersion("1.0", 5).resolvedOnDay(9, "Duplicate")))
        .isFalse();
  }

  @Test
  void ignoresUnresolvedAndUndatedWork() {
    assertThat(Judge.affects(pattern, anIssue().dueOnDay(1))).isFalse();
    assertThat(Judge.affects(pattern, anIssue().fixVersion("1.0", null).resolvedOnDay(30)))
        .isFalse();
  }
}
