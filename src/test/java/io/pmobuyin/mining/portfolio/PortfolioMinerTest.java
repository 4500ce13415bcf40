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

class PortfolioMinerTest {

  /**
   * Five issues of project ABC, days 0 to 51: on time; three days late with a blown estimate;
   * reopened once; created late and left open (no commitment, so no scope creep); closed as Won't
   * Do.
   */
  static List<IssueRecord> projectAbc() {
    return List.of(
        anIssue()
            .key("ABC-1")
            .dueOnDay(10)
            .estimatedHours(10)
            .spentHours(12)
            .startedOnDay(1)
            .resolvedOnDay(9)
            .build(),
        anIssue()
            .key("ABC-2")
            .dueOnDay(10)
            .estimatedHours(10)
            .spentHours(20)
            .startedOnDay(2)
            .resolvedOnDay(13)
            .build(),
        anIssue()
            .key("ABC-3")
            .startedOnDay(3)
            .resolvedOnDay(5)
            .reopenedOnDay(6)
            .resolvedOnDay(8)
            .build(),
        anIssue().key("ABC-4").createdOnDay(50).startedOnDay(51).build(),
        anIssue().key("ABC-5").resolvedOnDay(4, "Won't Do").build());
  }

  private static MinedPortfolio mine(List<IssueRecord> issues) {
    PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());
    issues.forEach(miner::issue);
    return miner.finish();
  }

  @Test
  void computesDeliveryKpisAsWorkedOutByHand() {
    DeliveryKpis kpis = mine(projectAbc()).projects().get(0).kpis();

    assertThat(kpis.issues()).isEqualTo(5);
    assertThat(kpis.resolved()).isEqualTo(4);
    assertThat(kpis.onTimeRate()).isEqualTo(0.5);
    assertThat(kpis.medianSlipDays()).isEqualTo(3);
    assertThat(kpis.scopeGrowth()).as("nothing was committed").isNaN();
    assertThat(kpis.reworkRate()).isEqualTo(0.25);
    assertThat(kpis.estimateAccuracy()).isEqualTo(0.5);
    assertThat(kpis.abandonmentRate()).isEqualTo(0.4);
    assertThat(kpis.cycleTimeP50Days()).isCloseTo(6.5, within(1e-6));
    assertThat(kpis.cycleTimeP85Days()).isCloseTo(9.65, within(1e-6));
    assertThat(kpis.throughputPerWeek()).isCloseTo(4 / (51 / 7.0), within(1e-6));
    assertThat(kpis.predictabilityIndex())
        .as("mean of on-time 0.5, 1 - rework 0.75, accuracy 0.5, 1 - abandonment 0.6")
        .isCloseTo(58.75, within(1e-6));
  }

  @Test
  void talliesEachPatternWithEvidenceInKeyOrder() {
    ProjectResult abc = mine(projectAbc()).projects().get(0);

    assertThat(abc.pattern(PatternId.SCHEDULE_SLIP).evidence()).containsExactly("ABC-2");
    assertThat(abc.pattern(PatternId.SCHEDULE_SLIP).delayDays()).isEqualTo(3);
    assertThat(abc.pattern(PatternId.SCHEDULE_SLIP).onIssues().seconds()).isEqualTo(20 * 3600);
    assertThat(abc.pattern(PatternId.ABANDONED_WORK).evidence()).containsExactly("ABC-4", "ABC-5");
    assertThat(abc.pattern(PatternId.ABANDONED_WORK).onIssues().issuesWithoutEffort()).isEqualTo(2);
    assertThat(abc.pattern(PatternId.SCOPE_CREEP).evidence()).isEmpty();
    assertThat(abc.pattern(PatternId.REWORK).issues()).isEqualTo(1);
    assertThat(abc.pattern(PatternId.STALLED_WORK).issues()).isZero();
  }

  @Test
  void keepsEveryIssueKeyOfAPatternBeyondTheEvidenceLimit() {
    List<IssueRecord> issues = new java.util.ArrayList<>();
    for (int i : new int[] {7, 1, 2, 3, 9, 4}) {
      issues.add(anIssue().key("ABC-" + i).resolvedOnDay(4, "Won't Do").build());
    }
    issues.add(anIssue().key("ABC-5").resolvedOnDay(4).build());
    MiningConfig config = MiningConfig.defaults();
    PortfolioMiner miner =
        new PortfolioMiner(
            new MiningConfig(
                config.thresholds(),
                config.statusCategories(),
                config.pmoStart(),
                config.zone(),
                2),
            Catalogue.standard());
    issues.forEach(miner::issue);

    PatternTally abandoned = miner.finish().projects().get(0).pattern(PatternId.ABANDONED_WORK);

    assertThat(abandoned.evidence()).hasSize(2);
    assertThat(abandoned.keys()).hasToString("ABC-1..4,7,9");
    assertThat(abandoned.keys().size()).isEqualTo(abandoned.issues());
  }

  /**
   * A project whose version 1.0 started on day 5, with {@code committed} and {@code added} issues.
   */
  private static List<IssueRecord> versionWork(String project, int committed, int added) {
    List<IssueRecord> issues = new java.util.ArrayList<>();
    for (int i = 1; i <= committed; i++) {
      issues.add(
          anIssue()
              .key(project + "-" + i)
              .fixVersion("1.0", 60)
              .startedOnDay(5 + i)
              .resolvedOnDay(30)
              .build());
    }
    for (int i = 1; i <= added; i++) {
      issues.add(
          anIssue()
              .key(project + "-" + (100 + i))
              .createdOnDay(20)
              .fixVersion("1.0", 60)
              .startedOnDay(21)
              .resolvedOnDay(30)
              .build());
    }
    return issues;
  }

  @Test
  void measuresScopeGrowthAgainstTheCommitmentOfEachProject() {
    assertThat(mine(versionWork("A", 10, 3)).projects().get(0).kpis().scopeGrowth())
        .isCloseTo(0.3, within(1e-9));
  }

  @Test
  void leavesScopeGrowthUnknownForAProjectWithTooSmallACommitment() {
    // Apache's case: five issues in the baseline made one project read 19,520 %.
    assertThat(mine(versionWork("A", 9, 30)).projects().get(0).kpis().scopeGrowth()).isNaN();
  }

  @Test
  void takesThePortfoliosScopeGrowthAsTheMedianOfItsProjects() {
    List<IssueRecord> issues = new java.util.ArrayList<>();
    issues.addAll(versionWork("A", 10, 1));
    issues.addAll(versionWork("B", 10, 2));
    issues.addAll(versionWork("C", 40, 40));
    issues.addAll(versionWork("D", 5, 50));

    assertThat(ProjectResult.pooledKpis(mine(issues).projects()).scopeGrowth())
        .as("median of 0.1, 0.2 and 1.0; D has too small a commitment")
        .isCloseTo(0.2, within(1e-9));
  }

  @Test
  void reportsKpisAsUnknownWhereTheDataHoldsNothingToComputeThemFrom() {
    DeliveryKpis kpis =
        mine(List.of(anIssue().key("XYZ-1").startedOnDay(1).resolvedOnDay(2).build()))
            .projects()
            .get(0)
            .kpis();

    assertThat(kpis.onTimeRate()).isNaN();
    assertThat(kpis.medianSlipDays()).isNaN();
    assertThat(kpis.estimateAccuracy()).isNaN();
    assertThat(kpis.reworkRate()).isZero();
  }

  @Test
  void countsAnIssueDeliveredTwiceOnce() {
    IssueRecord issue = anIssue().key("ABC-1").resolvedOnDay(2).build();

    MinedPortfolio mined = mine(List.of(issue, issue));

    assertThat(mined.issues()).isEqualTo(1);
    assertThat(mined.duplicateIssues()).isEqualTo(1);
  }

  @Test
  void judgesLongCyclesAgainstThePortfolioNormOfEachType() {
    List<IssueRecord> issues = new java.util.ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      issues.add(anIssue().key("A-" + i).startedOnDay(0).resolvedOnDay(i).build());
    }
    ProjectResult project = mine(issues).projects().get(0);

    assertThat(project.pattern(PatternId.LONG_CYCLE).evidence())
        .containsExactly("A-18", "A-19", "A-20");
  }

  @Test
  void keepsAtMostTheEvidenceLimitOfKeys() {
    List<IssueRecord> issues = new java.util.ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      issues.add(anIssue().key("B-" + i).build());
    }
    PatternTally abandoned = mine(issues).projects().get(0).pattern(PatternId.ABANDONED_WORK);

    assertThat(abandoned.issues()).isEqualTo(40);
    assertThat(abandoned.evidence()).hasSize(25).startsWith("B-1", "B-2").endsWith("B-25");
  }
}
