package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class ScopeCreepPatternTest {

  private final ScopeCreepPattern pattern = new ScopeCreepPattern();

  @Test
  void flagsWorkCreatedAfterTheFirstFifthOfTheTimeline() {
    assertThat(Judge.affectsInProject(pattern, anIssue().createdOnDay(20.5), 0, 100)).isTrue();
  }

  @Test
  void acceptsWorkCreatedWithinTheBaseline() {
    assertThat(Judge.affectsInProject(pattern, anIssue().createdOnDay(20), 0, 100)).isFalse();
  }

  @Test
  void flagsWorkAddedToASprintThatHadStarted() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .sprint("Sprint 2", 10)
                    .change(12, ChangeField.SPRINT, "Sprint 1", "Sprint 1, Sprint 2")))
        .isTrue();
  }

  @Test
  void acceptsWorkPlannedIntoASprintBeforeItStarted() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue().sprint("Sprint 2", 10).change(9, ChangeField.SPRINT, null, "Sprint 2")))
        .isFalse();
  }
}
