package io.pmobuyin.report.view.scorecard;

import static io.pmobuyin.mining.pattern.PatternId.ABANDONED_WORK;
import static io.pmobuyin.mining.pattern.PatternId.BLOCKED_WORK;
import static io.pmobuyin.mining.pattern.PatternId.ESTIMATION_MISS;
import static io.pmobuyin.mining.pattern.PatternId.HANDOFF_CHURN;
import static io.pmobuyin.mining.pattern.PatternId.LATE_DEFECTS;
import static io.pmobuyin.mining.pattern.PatternId.LONG_CYCLE;
import static io.pmobuyin.mining.pattern.PatternId.REWORK;
import static io.pmobuyin.mining.pattern.PatternId.SCHEDULE_SLIP;
import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.mining.pattern.PatternId.STALLED_WORK;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.analysis.MinimumSample;
import io.pmobuyin.report.chart.StackedBar;
import io.pmobuyin.testing.ReportBuilder;
import io.pmobuyin.value.ImprovementTargets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  private static final LocalDate PMO_START = LocalDate.of(2024, 1, 1);

  /**
   * Five projects closed before the PMO start (the minimum sample), each with scope creep in 40 of
   * 100 issues (cost 8,000), and five since, each with {@code sinceAffected} of 100 (cost {@code
   * sinceCost}).
   */
  private static ReportBuilder creep(long sinceAffected, double sinceCost) {
    ReportBuilder report = aReport().pmoStart(PMO_START);
    for (int i = 0; i < MinimumSample.PROJECTS; i++) {
      report.projects(
          aProject("B" + i).closed(2023, 6, 1 + i).issues(100).pattern(SCOPE_CREEP, 40, 8_000.0),
          aProject("S" + i)
              .closed(2024, 6, 1 + i)
              .issues(100)
              .pattern(SCOPE_CREEP, sinceAffected, sinceCost));
    }
    return report;
  }

  private static ScorecardView scorecard(ReportBuilder report) {
    return Scorecard.build(anInput(report).build());
  }

  private static ScorecardView scorecard(ReportBuilder report, ImprovementTargets targets) {
    return Scorecard.build(anInput(report).targets(targets).build());
  }

  private static ScorecardRow row(ScorecardView view, PatternId id) {
    return view.rows().stream().filter(r -> r.id().equals(id.name())).findFirst().orElseThrow();
  }

  /** The plan's numbers as the CSV holds them: baseline, target, current, saving, progress. */
  private static List<String> plan(ScorecardView view, PatternId id) {
    List<String> row =
        view.tables().get(0).rows().stream()
            .filter(r -> r.get(0).equals(id.name()))
            .findFirst()
            .orElseThrow();
    return row.subList(7, 12);
  }

  @Test
  void plansFromTheShareBeforeThePmoCutByTheDefaultReduction() {
    ScorecardView view = scorecard(creep(34, 6_800.0));

    // baseline 40/100 = 0.4; target 0.4 × (1 − 0.3) = 0.28; current 34/100 = 0.34
    // saving on the projects since: 5 × 6,800 = 34,000 × (1 − 0.28 / 0.34) = 6,000
    // progress (0.4 − 0.34) / (0.4 − 0.28) = 0.06 / 0.12 = 0.5
    assertThat(plan(view, SCOPE_CREEP)).containsExactly("0.4", "0.28", "0.34", "6000", "0.5");
    ScorecardRow row = row(view, SCOPE_CREEP);
    assertThat(row.baseline()).isEqualTo("40.0%");
    assertThat(row.target()).isEqualTo("28.0%");
    assertThat(row.current()).isEqualTo("34.0%");
    assertThat(row.saving()).isEqualTo("6K USD");
    assertThat(row.progress()).isEqualTo("50.0% of the way to the target");
    assertThat(row.progressPercent()).isEqualTo(50);
    assertThat(view.totalSaving()).isEqualTo("6K USD");
    assertThat(view.planNote()).contains("by 30.0% unless an admin set another target");
  }

  @Test
  void usesAnAdminsReductionForOnePatternOverTheDefault() {
    ImprovementTargets targets = new ImprovementTargets(0.3, Map.of(SCOPE_CREEP, 0.5));

    ScorecardView view = scorecard(creep(34, 6_800.0), targets);

    // target 0.4 × (1 − 0.5) = 0.2; saving 34,000 × (1 − 0.2 / 0.34) = 14,000
    // progress (0.4 − 0.34) / (0.4 − 0.2) = 0.3
    assertThat(plan(view, SCOPE_CREEP)).containsExactly("0.4", "0.2", "0.34", "14000", "0.3");
  }

  @Test
  void keepsTheDefaultReductionForPatternsTheAdminDidNotList() {
    ImprovementTargets targets = new ImprovementTargets(0.5, Map.of(REWORK, 0.1));

    // target 0.4 × (1 − 0.5) = 0.2, as above, although rework has its own reduction
    assertThat(plan(scorecard(creep(34, 6_800.0), targets), SCOPE_CREEP).get(1)).isEqualTo("0.2");
  }

  @Test
  void savesNothingWhenTheShareIsAlreadyAtOrBelowTheTarget() {
    ScorecardView view = scorecard(creep(21, 9_000.0));

    // since 21/100 = 0.21 is below the target 0.28: no saving.
    // progress (0.4 − 0.21) / 0.12 = 1.58: the target is reached, the bar stops at 100.
    assertThat(plan(view, SCOPE_CREEP).get(3)).isEqualTo("0");
    ScorecardRow row = row(view, SCOPE_CREEP);
    // "0 USD" would read as a plan worth nothing; the CSV keeps the 0 above
    assertThat(row.saving()).isEqualTo("none, target met");
    assertThat(view.totalSaving()).isEqualTo("none left: every target is met");
    assertThat(row.progress()).isEqualTo("Target reached");
    assertThat(row.progressPercent()).isEqualTo(100);
  }

  @Test
  void callsProgressReachedFromExactlyTheTarget() {
    // since 28 of 100 = the target 0.28: progress (0.4 − 0.28) / (0.4 − 0.28) = 1
    assertThat(row(scorecard(creep(28, 5_600.0)), SCOPE_CREEP).progress())
        .isEqualTo("Target reached");
  }

  @Test
  void neverShowsNegativeProgressWhenTheShareGotWorse() {
    ScorecardView view = scorecard(creep(50, 10_000.0));

    // (0.4 − 0.5) / 0.12 < 0: clamped to 0
    assertThat(plan(view, SCOPE_CREEP).get(4)).isEqualTo("0");
    assertThat(row(view, SCOPE_CREEP).progress()).isEqualTo("0.0% of the way to the target");
    assertThat(row(view, SCOPE_CREEP).progressPercent()).isZero();
  }

  @Test
  void cannotMeasureProgressNorSavingWhenNothingClosedSinceThePmoStarted() {
    ReportBuilder report = aReport().pmoStart(LocalDate.of(2030, 1, 1));
    for (int i = 0; i < MinimumSample.PROJECTS; i++) {
      report.project(
          aProject("B" + i).closed(2023, 6, 1 + i).issues(100).pattern(SCOPE_CREEP, 40, 800.0));
    }

    ScorecardView view = scorecard(report);

    assertThat(row(view, SCOPE_CREEP).progress()).startsWith("Too little data");
    assertThat(row(view, SCOPE_CREEP).current()).isEqualTo("–");
    assertThat(row(view, SCOPE_CREEP).progressPercent()).isZero();
    // the baseline and its target stand; current, saving and progress have no basis
    assertThat(plan(view, SCOPE_CREEP)).containsExactly("0.4", "0.28", "", "", "");
    assertThat(row(view, SCOPE_CREEP).saving()).isEqualTo("–");
    assertThat(view.totalSaving()).isEqualTo("–");
  }

  @Test
  void inventsNoBaselineFromTooFewProjectsBeforeThePmoStart() {
    ReportBuilder report =
        aReport()
            .pmoStart(PMO_START)
            .projects(
                aProject("B").closed(2023, 6, 1).issues(100).pattern(SCOPE_CREEP, 40, 8_000.0),
                aProject("S").closed(2024, 6, 1).issues(100).pattern(SCOPE_CREEP, 10, 900.0));

    ScorecardView view = scorecard(report);

    assertThat(plan(view, SCOPE_CREEP)).containsExactly("", "", "", "", "");
    assertThat(row(view, SCOPE_CREEP).baseline()).isEqualTo("–");
    assertThat(row(view, SCOPE_CREEP).progress()).startsWith("Too little data");
  }

  @Test
  void setsNoTargetAndSaysSoWithoutAPmoStart() {
    ReportBuilder report =
        aReport().project(aProject("A").issues(100).pattern(SCOPE_CREEP, 40, 800.0));

    ScorecardView view = scorecard(report);

    // no baseline to cut a target from, nothing to measure progress or a saving on
    assertThat(plan(view, SCOPE_CREEP)).containsExactly("", "", "", "", "");
    assertThat(row(view, SCOPE_CREEP).saving()).isEqualTo("–");
    assertThat(view.totalSaving()).isEqualTo("–");
    assertThat(view.planNote()).startsWith("No PMO start date is set");
  }

  @Test
  void listsPatternsMostCostlyFirstAndOnlyThoseWithACost() {
    ReportBuilder report =
        aReport()
            .project(
                aProject("A")
                    .issues(100)
                    .pattern(REWORK, 10, 1_000.0)
                    .pattern(LATE_DEFECTS, 5, 5_000.0)
                    .pattern(SCOPE_CREEP, 20, 3_000.0)
                    .pattern(STALLED_WORK, 30, 0.0));

    ScorecardView view = scorecard(report);

    assertThat(view.rows())
        .extracting(ScorecardRow::id)
        .containsExactly("LATE_DEFECTS", "SCOPE_CREEP", "REWORK");
    assertThat(view.tables().get(0).rows())
        .extracting(r -> r.get(0))
        .containsExactly("LATE_DEFECTS", "SCOPE_CREEP", "REWORK");
  }

  @Test
  void showsEightPatternsButExportsAllThatCost() {
    ReportBuilder.ProjectBuilder project = aProject("A").issues(1_000);
    PatternId[] ten = {
      SCHEDULE_SLIP,
      SCOPE_CREEP,
      REWORK,
      LATE_DEFECTS,
      ESTIMATION_MISS,
      ABANDONED_WORK,
      HANDOFF_CHURN,
      BLOCKED_WORK,
      STALLED_WORK,
      LONG_CYCLE
    };
    for (int i = 0; i < ten.length; i++) {
      project.pattern(ten[i], 10, 1_000.0 * (i + 1));
    }

    ScorecardView view = scorecard(aReport().project(project));

    assertThat(view.rows()).hasSize(Scorecard.SHOWN);
    assertThat(view.rows().get(0).id()).isEqualTo("LONG_CYCLE"); // the 10,000 one
    assertThat(view.tables().get(0).rows()).hasSize(10);
  }

  @Test
  void splitsTheTotalCostOverTheValueAreasSoTheyAddUp() {
    ReportBuilder report =
        aReport()
            .project(
                aProject("A")
                    .issues(100)
                    .pattern(SCOPE_CREEP, 20, 12_000.0) // finances + employees: 6,000 each
                    .pattern(LATE_DEFECTS, 5, 3_000.0) // customers
                    .pattern(ESTIMATION_MISS, 5, 5_000.0)); // finances

    ScorecardView view = scorecard(report);

    // employees 6,000; customers 3,000; finances 6,000 + 5,000 = 11,000; total 20,000
    assertThat(view.totalCost()).isEqualTo("20K USD");
    assertThat(view.areas())
        .containsExactly(
            new AreaTotal("Employees", "6K USD", "30.0%", StackedBar.colour(0)),
            new AreaTotal("Customers", "3K USD", "15.0%", StackedBar.colour(1)),
            new AreaTotal("Finances", "11K USD", "55.0%", StackedBar.colour(2)));
    ScorecardRow creep = row(view, SCOPE_CREEP);
    assertThat(List.of(creep.employees(), creep.customers(), creep.finances()))
        .containsExactly("6K USD", "0 USD", "6K USD");
  }

  @Test
  void isEmptyWhenNoPatternHasACost() {
    ScorecardView view = scorecard(aReport().project(aProject("A").pattern(REWORK, 10, 0.0, 0.0)));

    assertThat(view.empty()).isTrue();
    assertThat(view.totalCost()).isEqualTo("0 USD");
    assertThat(view.areas()).extracting(AreaTotal::share).containsOnly("–");
  }

  @Test
  void writesMoneyInTheReportsCurrency() {
    ScorecardView view = scorecard(creep(34, 6_800.0).currency("EUR"));

    // 5 × 8,000 + 5 × 6,800
    assertThat(view.totalCost()).isEqualTo("74K EUR");
  }

  @Test
  void namesTheActionsAimedAtEachPatternWithStatusAndEffectOrSaysThereAreNone() {
    ReportBuilder report =
        creep(10, 2_000.0)
            .actions(
                new io.pmobuyin.report.ImprovementAction(
                    "PMO-2", "", "In Progress", false, List.of(SCOPE_CREEP), PMO_START, null),
                new io.pmobuyin.report.ImprovementAction(
                    "PMO-10", "", "", false, List.of(SCOPE_CREEP, REWORK), null, null));
    report.project(aProject("R1").closed(2024, 7, 1).issues(10).pattern(REWORK, 1, 10.0));
    report.project(aProject("L1").closed(2024, 7, 1).issues(10).pattern(LATE_DEFECTS, 1, 5.0));

    ScorecardView view = scorecard(report);

    // scope creep 40.0 % → 9.6 % since the start (50 of 520 issues): improved
    assertThat(row(view, SCOPE_CREEP).actions())
        .isEqualTo(
            "Actions (2): PMO-2 (In Progress): \u2713 Improved; PMO-10 (No status): not started");
    assertThat(row(view, REWORK).actions())
        .isEqualTo("Actions (1): PMO-10 (No status): not started");
    assertThat(row(view, LATE_DEFECTS).actions()).isEqualTo("No action yet");
    assertThat(view.table("scorecard").orElseThrow().rows().get(0)).endsWith("PMO-2 PMO-10");
  }
}
