package io.pmobuyin.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.history.IssueHistory;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.preview.importer.ImportOptions;
import io.pmobuyin.preview.importer.JiraExportImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the failure patterns on real issues: 330 Apache issues (CB, DRILL, FLEX, GORA) with
 * full change logs, from the public data set of Choetkiertikul et al. (ASE 2015), reduced to keys,
 * dates, statuses and field changes, people pseudonymised (see src/test/resources/real/README.md).
 * Each expectation is a fact read off the raw JSON by hand, listed in apache-fixture-facts.md.
 */
class ApacheFixtureTest {

  private static final MiningConfig CONFIG =
      new MiningConfig(
          MiningConfig.defaults().thresholds(),
          MiningConfig.defaults().statusCategories(),
          null,
          MiningConfig.defaults().zone(),
          1_000);

  private static MinedPortfolio mined;
  private static ImportSummary summary;
  private static final Map<String, IssueRecord> ISSUES = new HashMap<>();

  @BeforeAll
  static void mineTheFixture() {
    PortfolioMiner miner = new PortfolioMiner(CONFIG, Catalogue.standard());
    IssueSink keeping =
        new IssueSink() {
          @Override
          public void project(ProjectRecord project) {
            miner.project(project);
          }

          @Override
          public void issue(IssueRecord issue) {
            ISSUES.put(issue.key(), issue);
            miner.issue(issue);
          }
        };
    try (InputStream in =
        ApacheFixtureTest.class.getResourceAsStream("/real/apache-fixture.json")) {
      summary =
          new JiraExportImporter(ImportOptions.defaults())
              .importStream("apache-fixture.json", in, keeping);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    mined = miner.finish();
  }

  /** Every key that shows the pattern, across the four projects. */
  private static List<String> evidence(PatternId pattern) {
    return mined.projects().stream()
        .flatMap(project -> project.pattern(pattern).evidence().stream())
        .toList();
  }

  @Test
  void importsEveryIssueWithoutAProblem() {
    assertThat(summary.issuesRead()).isEqualTo(330);
    assertThat(summary.problemsTotal()).isZero();
    assertThat(mined.issues()).isEqualTo(330);
  }

  @Test
  void takesADuplicateForNeitherDeliveredNorAbandonedAndWontFixOrInvalidForAbandoned() {
    assertThat(evidence(PatternId.ABANDONED_WORK))
        .contains("CB-5752", "CB-2122", "CB-5757", "FLEX-33099", "CB-2175")
        .doesNotContain("CB-54", "CB-146", "CB-8173", "FLEX-34053");
  }

  @Test
  void categorisesTheStatusesOnlyTheChangeLogNames() {
    // In Progress and Patch Available: no fixture issue sits in them now.
    assertThat(mined.uncategorisedStatuses()).isEmpty();
    IssueHistory drill342 = IssueHistory.of(ISSUES.get("DRILL-342"), CONFIG);
    assertThat(drill342.cycleStart()).isEqualTo(Instant.parse("2014-03-10T22:08:45.837Z"));
  }

  @Test
  void takesOnlyMovesToALaterVersionForCarryOvers() {
    assertThat(evidence(PatternId.VERSION_CARRY_OVER))
        .as("1.3.0 to 1.4.0; 0.5.0 on to 0.8.0; 3.4.0 to 3.5.0; 1.6.0 to 1.7.0 in separate edits")
        .contains("CB-146", "DRILL-1115", "CB-5751", "CB-289", "CB-163", "CB-3928")
        .as("2.5.0 to the earlier 2.4.0 only; an addition only")
        .doesNotContain("CB-2173", "CB-115", "CB-2790");
  }

  @Test
  void findsEveryReopenedIssue() {
    assertThat(evidence(PatternId.REWORK))
        .containsExactlyInAnyOrder(
            "CB-164",
            "CB-182",
            "CB-2165",
            "CB-2169",
            "CB-2171",
            "CB-2174",
            "CB-2896",
            "CB-5731",
            "FLEX-33084",
            "GORA-125",
            "GORA-82");
  }

  @Test
  void takesSlipsFromTheDueDateElseTheReleaseAndNeverFromWorkNotDelivered() {
    assertThat(evidence(PatternId.SCHEDULE_SLIP))
        .as("due 2012-03-30, resolved 2012-04-27; released 2012-01-31, resolved 2012-02-02")
        .contains("CB-289", "CB-146")
        .as("Won't Fix after the release; Not a Problem after its due date; on time")
        .doesNotContain("CB-5752", "DRILL-1683", "CB-2790");
  }

  @Test
  void findsPriorityRaisedAndWorkThatChangedHandsOften() {
    assertThat(evidence(PatternId.PRIORITY_ESCALATION)).contains("CB-2649", "CB-54");
    assertThat(evidence(PatternId.HANDOFF_CHURN)).contains("DRILL-584", "DRILL-1874");
  }

  @Test
  void takesWorkPlannedIntoARunningReleaseAsScopeCreepButNotAVersionSetOnFinishedWork() {
    assertThat(evidence(PatternId.SCOPE_CREEP))
        .as("2.6.0 put on 2013-03-25, a month after 2.5.0 shipped")
        .contains("CB-2790")
        .as("1.4.0 and 0.4.0 set once the work was resolved: bookkeeping")
        .doesNotContain("CB-209", "DRILL-342");
  }
}
