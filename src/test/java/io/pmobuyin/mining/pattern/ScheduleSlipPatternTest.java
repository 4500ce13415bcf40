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
  void ignoresUnresolvedAndUndatedWork() {
    assertThat(Judge.affects(pattern, anIssue().dueOnDay(1))).isFalse();
    assertThat(Judge.affects(pattern, anIssue().fixVersion("1.0", null).resolvedOnDay(30)))
        .isFalse();
  }
}
