package io.pmobuyin.mining.portfolio;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.IssueRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issues split by whether the PMO engages with them, as their PMO Scope says. */
class EngagementSplitTest {

  /** Two engaged issues, one late; three not engaged, two late (one tagged out of scope). */
  private final List<IssueRecord> issues =
      List.of(
          anIssue().key("ABC-1").pmoScope("Risk review").dueOnDay(10).resolvedOnDay(9).build(),
          anIssue().key("ABC-2").pmoScope("Risk review").dueOnDay(10).resolvedOnDay(12).build(),
          anIssue().key("ABC-3").dueOnDay(10).resolvedOnDay(8).build(),
          anIssue().key("ABC-4").dueOnDay(10).resolvedOnDay(15).build(),
          anIssue().key("ABC-5").pmoScope("Out of scope").dueOnDay(10).resolvedOnDay(11).build());

  private ProjectResult mine(io.pmobuyin.mining.ScopeEngagement engagement) {
    PortfolioMiner miner =
        new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard(), engagement);
    issues.forEach(miner::issue);
    return miner.finish().projects().get(0);
  }

  @Test
  void countsAnyScopeValueAsEngagedWithoutACatalogue() {
    ProjectResult project = mine(io.pmobuyin.mining.ScopeEngagement.anyValue());

    assertThat(project.issues(true)).isEqualTo(3);
    assertThat(project.issues(false)).isEqualTo(2);
  }

  @Test
  void splitsTheKpisAndPatternsByTheCataloguesRule() {
    ProjectResult project = mine(values -> values.contains("Risk review"));

    // Engaged: ABC-1 on time, ABC-2 late -> 1 of 2. Not engaged: ABC-3 on time of 3.
    assertThat(ProjectResult.pooledKpis(List.of(project), true).onTimeRate())
        .isCloseTo(0.5, within(1e-9));
    assertThat(ProjectResult.pooledKpis(List.of(project), false).onTimeRate())
        .isCloseTo(1 / 3.0, within(1e-9));
    assertThat(project.patternIssues(PatternId.SCHEDULE_SLIP, true)).isEqualTo(1);
    assertThat(project.patternIssues(PatternId.SCHEDULE_SLIP, false)).isEqualTo(2);
    assertThat(project.issues(true) + project.issues(false)).isEqualTo(project.issues());
  }
}
