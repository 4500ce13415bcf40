package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class LateDefectsPatternTest {

  private final LateDefectsPattern pattern = new LateDefectsPattern();

  @Test
  void flagsABugCreatedInTheLastFifthOfTheTimeline() {
    assertThat(Judge.affectsInProject(pattern, anIssue().ofType("Bug").createdOnDay(81), 0, 100))
        .isTrue();
  }

  @Test
  void acceptsABugCreatedEarlierAndLateWorkThatIsNoBug() {
    assertThat(Judge.affectsInProject(pattern, anIssue().ofType("Bug").createdOnDay(80), 0, 100))
        .isFalse();
    assertThat(Judge.affectsInProject(pattern, anIssue().ofType("Story").createdOnDay(95), 0, 100))
        .isFalse();
  }

  @Test
  void recognisesDefectTypesWithoutCase() {
    assertThat(Judge.affectsInProject(pattern, anIssue().ofType("DEFECT").createdOnDay(99), 0, 100))
        .isTrue();
  }
}
