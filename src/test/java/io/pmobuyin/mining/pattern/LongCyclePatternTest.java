package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.Judge;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongCyclePatternTest {

  private final LongCyclePattern pattern = new LongCyclePattern();
  private final Map<String, Double> norms = Map.of("Task", 10.0);

  @Test
  void flagsACycleLongerThanThePortfolioNormForItsType() {
    assertThat(
            Judge.affectsInContext(
                pattern, anIssue().startedOnDay(5).resolvedOnDay(15.5), 0, 30, norms))
        .isTrue();
  }

  @Test
  void measuresFromStartOfWorkNotFromCreation() {
    assertThat(
            Judge.affectsInContext(
                pattern, anIssue().startedOnDay(10).resolvedOnDay(19), 0, 30, norms))
        .isFalse();
  }

  @Test
  void ignoresTypesWithoutANormAndUnresolvedWork() {
    assertThat(
            Judge.affectsInContext(
                pattern, anIssue().ofType("Epic").startedOnDay(1).resolvedOnDay(90), 0, 90, norms))
        .isFalse();
    assertThat(Judge.affectsInContext(pattern, anIssue().startedOnDay(1), 0, 90, norms)).isFalse();
  }
}
