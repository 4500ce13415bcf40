package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class EstimationMissPatternTest {

  private final EstimationMissPattern pattern = new EstimationMissPattern();

  @Test
  void flagsTimeSpentAboveOneAndAHalfTimesTheEstimate() {
    assertThat(Judge.affects(pattern, anIssue().estimatedHours(10).spentHours(15.1))).isTrue();
    assertThat(Judge.affects(pattern, anIssue().estimatedHours(10).spentHours(15))).isFalse();
  }

  @Test
  void flagsTimeSpentBelowHalfTheEstimate() {
    assertThat(Judge.affects(pattern, anIssue().estimatedHours(10).spentHours(4.9))).isTrue();
    assertThat(Judge.affects(pattern, anIssue().estimatedHours(10).spentHours(5))).isFalse();
  }

  @Test
  void ignoresWorkWithoutAnEstimateOrWithoutTimeLogged() {
    assertThat(Judge.affects(pattern, anIssue().spentHours(40))).isFalse();
    assertThat(Judge.affects(pattern, anIssue().estimatedHours(8))).isFalse();
  }
}
