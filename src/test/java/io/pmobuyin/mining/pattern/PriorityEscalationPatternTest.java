package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class PriorityEscalationPatternTest {

  private final PriorityEscalationPattern pattern = new PriorityEscalationPattern();

  @Test
  void flagsAPriorityRaisedAfterCreation() {
    assertThat(
            Judge.affects(pattern, anIssue().change(4, ChangeField.PRIORITY, "Medium", "Highest")))
        .isTrue();
  }

  @Test
  void acceptsALoweredPriorityAndUnknownNames() {
    assertThat(Judge.affects(pattern, anIssue().change(4, ChangeField.PRIORITY, "High", "Low")))
        .isFalse();
    assertThat(Judge.affects(pattern, anIssue().change(4, ChangeField.PRIORITY, "P3", "P1")))
        .isFalse();
  }
}
