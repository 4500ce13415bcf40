package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class StalledWorkPatternTest {

  private final StalledWorkPattern pattern = new StalledWorkPattern();

  @Test
  void flagsFourteenDaysInProgressWithoutAnyChange() {
    assertThat(Judge.affects(pattern, anIssue().startedOnDay(1).resolvedOnDay(15))).isTrue();
  }

  @Test
  void acceptsLongWorkThatKeptMoving() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .startedOnDay(1)
                    .change(10, ChangeField.OTHER, "a", "b")
                    .change(20, ChangeField.OTHER, "b", "c")
                    .resolvedOnDay(29)))
        .isFalse();
  }

  @Test
  void ignoresQuietTimeOutsideProgress() {
    assertThat(Judge.affects(pattern, anIssue().startedOnDay(40).resolvedOnDay(45))).isFalse();
  }
}
