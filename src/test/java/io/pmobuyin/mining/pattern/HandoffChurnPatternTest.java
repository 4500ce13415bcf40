package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class HandoffChurnPatternTest {

  private final HandoffChurnPattern pattern = new HandoffChurnPattern();

  @Test
  void flagsThreeAssigneeChanges() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .reassignedOnDay(1, "acc-2")
                    .reassignedOnDay(2, "acc-3")
                    .reassignedOnDay(3, "acc-4")))
        .isTrue();
  }

  @Test
  void acceptsTwo() {
    assertThat(
            Judge.affects(
                pattern, anIssue().reassignedOnDay(1, "acc-2").reassignedOnDay(2, "acc-3")))
        .isFalse();
  }
}
