package io.pmobuyin.mining.portfolio;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.StatusCategories;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.testing.Mined;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statuses that only a change log names take the category the data gives them elsewhere. */
class StatusLearningTest {

  /**
   * Sat 20 days in Awaiting Merge without a change: stalled, if that status is work in progress.
   */
  private static IssueRecord waitedInAwaitingMerge() {
    return anIssue()
        .key("ABC-1")
        .movedTo("Awaiting Merge", StatusCategory.UNKNOWN, 1)
        .resolvedOnDay(21)
        .build();
  }

  /** Sits in Awaiting Merge now, which the export says is in progress. */
  private static IssueRecord nowInAwaitingMerge() {
    return anIssue().key("ABC-2").movedTo("Awaiting Merge", StatusCategory.IN_PROGRESS, 1).build();
  }

  @Test
  void categorisesAHistoryStatusFromAnIssueThatArrivesLater() {
    MinedPortfolio mined =
        Mined.portfolio(
            MiningConfig.defaults(), List.of(waitedInAwaitingMerge(), nowInAwaitingMerge()));

    assertThat(mined.projects().get(0).pattern(PatternId.STALLED_WORK).evidence())
        .contains("ABC-1");
    assertThat(mined.uncategorisedStatuses()).isEmpty();
  }

  @Test
  void givesTheSameResultWhateverTheOrderOfTheIssues() {
    MinedPortfolio early =
        Mined.portfolio(
            MiningConfig.defaults(), List.of(nowInAwaitingMerge(), waitedInAwaitingMerge()));
    MinedPortfolio late =
        Mined.portfolio(
            MiningConfig.defaults(), List.of(waitedInAwaitingMerge(), nowInAwaitingMerge()));

    assertThat(early.projects().get(0).kpis()).isEqualTo(late.projects().get(0).kpis());
  }

  @Test
  void listsAStatusNothingCategorisedWithTheIssuesThatWentThroughIt() {
    MinedPortfolio mined =
        Mined.portfolio(MiningConfig.defaults(), List.of(waitedInAwaitingMerge()));

    assertThat(mined.uncategorisedStatuses()).containsExactly(Map.entry("Awaiting Merge", 1L));
    assertThat(mined.projects().get(0).pattern(PatternId.STALLED_WORK).issues()).isZero();
  }

  @Test
  void letsTheAdminsCategoryWinOverTheDatas() {
    MiningConfig config =
        new MiningConfig(
            MiningConfig.defaults().thresholds(),
            StatusCategories.defaults().with(Map.of("Awaiting Merge", StatusCategory.TO_DO)),
            null,
            MiningConfig.defaults().zone(),
            25);

    MinedPortfolio mined =
        Mined.portfolio(config, List.of(waitedInAwaitingMerge(), nowInAwaitingMerge()));

    assertThat(mined.projects().get(0).pattern(PatternId.STALLED_WORK).evidence())
        .doesNotContain("ABC-1");
  }

  @Test
  void takesTheStatusesASourceKnowsBeforeAnyIssue() {
    PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());
    miner.status("Awaiting Merge", StatusCategory.IN_PROGRESS);
    miner.issue(waitedInAwaitingMerge());

    MinedPortfolio mined = miner.finish();

    assertThat(mined.projects().get(0).pattern(PatternId.STALLED_WORK).evidence())
        .containsExactly("ABC-1");
  }

  @Test
  void judgesIssuesHeldBackOnceTooManyWaitSoMemoryStaysBounded() {
    List<IssueRecord> issues = new ArrayList<>();
    for (int i = 1; i <= StatusLearning.MAX_WAITING + 1; i++) {
      issues.add(
          anIssue()
              .key("W-" + i)
              .movedTo("Awaiting Merge", StatusCategory.UNKNOWN, 1)
              .resolvedOnDay(2)
              .build());
    }

    MinedPortfolio mined = Mined.portfolio(MiningConfig.defaults(), issues);

    assertThat(mined.issues()).isEqualTo(StatusLearning.MAX_WAITING + 1);
    assertThat(mined.uncategorisedStatuses())
        .containsExactly(Map.entry("Awaiting Merge", StatusLearning.MAX_WAITING + 1L));
  }
}
