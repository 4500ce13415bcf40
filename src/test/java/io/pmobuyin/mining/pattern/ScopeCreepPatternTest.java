package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static io.pmobuyin.testing.IssueBuilder.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Judge;
import io.pmobuyin.testing.Mined;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeCreepPatternTest {

  private final ScopeCreepPattern pattern = new ScopeCreepPattern();

  /** ABC-1 starts work on version 2.0 on day 10; it was planned there on day 1. */
  private static IssueBuilder firstWorkOnVersion2() {
    return anIssue().key("ABC-1").plannedInto("2.0", 40, 1).startedOnDay(10).resolvedOnDay(20);
  }

  private static List<String> crept(IssueBuilder... issues) {
    return Mined.showing(PatternId.SCOPE_CREEP, issues);
  }

  @Test
  void flagsWorkPlannedIntoAVersionAfterWorkOnItBegan() {
    assertThat(
            crept(
                firstWorkOnVersion2(),
                anIssue().key("ABC-2").createdOnDay(12).plannedInto("2.0", 40, 12.5)))
        .containsExactly("ABC-2");
  }

  @Test
  void flagsWorkCreatedInAVersionAfterWorkOnItBegan() {
    assertThat(
            crept(
                firstWorkOnVersion2(),
                anIssue().key("ABC-2").createdOnDay(15).fixVersion("2.0", 40)))
        .containsExactly("ABC-2");
  }

  @Test
  void acceptsWorkPlannedIntoAVersionBeforeWorkOnItBegan() {
    assertThat(
            crept(
                firstWorkOnVersion2(),
                anIssue()
                    .key("ABC-2")
                    .createdOnDay(2)
                    .plannedInto("2.0", 40, 9.9)
                    .startedOnDay(30)))
        .isEmpty();
  }

  @Test
  void doesNotJudgeAVersionSetOnlyOnceTheWorkWasResolved() {
    // Recording where finished work shipped is bookkeeping, not a plan (Apache's DRILL-342).
    assertThat(
            crept(
                firstWorkOnVersion2(),
                anIssue()
                    .key("ABC-2")
                    .createdOnDay(12)
                    .startedOnDay(13)
                    .resolvedOnDay(14)
                    .plannedInto("2.0", 40, 16)))
        .isEmpty();
  }

  @Test
  void doesNotJudgeWorkWithoutACommitmentHoweverLateItCame() {
    assertThat(
            crept(
                anIssue().key("ABC-1").startedOnDay(1).resolvedOnDay(2),
                anIssue().key("ABC-2").createdOnDay(300).startedOnDay(301)))
        .isEmpty();
  }

  @Test
  void flagsWorkCreatedAfterTheProjectsBaselineDayTheAdminSet() {
    MiningConfig config = MiningConfig.defaults().withProjectBaselines(Map.of("ABC", date(10)));

    List<String> crept =
        Mined.project(
                config,
                anIssue().key("ABC-1").createdOnDay(10.9),
                anIssue().key("ABC-2").createdOnDay(11.1))
            .pattern(PatternId.SCOPE_CREEP)
            .evidence();

    assertThat(crept).containsExactly("ABC-2");
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
