package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class OwnerlessWorkPatternTest {

  private final OwnerlessWorkPattern pattern = new OwnerlessWorkPattern();

  @Test
  void flagsWorkResolvedWithoutEverBeingAssigned() {
    assertThat(Judge.affects(pattern, anIssue().unassigned().resolvedOnDay(3))).isTrue();
  }

  @Test
  void flagsWorkInProgressWhileUnassigned() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .startedOnDay(1)
                    .reassignedOnDay(2, null)
                    .reassignedOnDay(4, "acc-2")
                    .resolvedOnDay(6)))
        .isTrue();
  }

  @Test
  void acceptsWorkAssignedBeforeItStarted() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .unassigned()
                    .reassignedOnDay(0.5, "acc-2")
                    .startedOnDay(1)
                    .resolvedOnDay(3)))
        .isFalse();
  }
}
