package io.pmobuyin.report.analysis;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.view.predictability.Predictability;
import io.pmobuyin.report.view.predictability.PredictabilityView;
import io.pmobuyin.testing.ReportBuilder;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioFiguresTest {

  private static final LocalDate PMO_START = LocalDate.of(2024, 1, 1);

  /**
   * Six projects each side of the PMO start, 100 issues each: on time 50 % before and 80 % since;
   * two sponsored; PMO Scope tags on three.
   */
  private static ReportBuilder sixAndSix() {
    ReportBuilder report = aReport().pmoStart(PMO_START);
    for (int i = 0; i < 6; i++) {
      report.project(
          aProject("B" + i)
              .closed(2023, 1 + 2 * i, 10)
              .kpis(kpis().onTime(0.49 + 0.004 * i))
              .pattern(PatternId.SCHEDULE_SLIP, 10, 1_000));
      report.project(
          aProject("S" + i)
              .closed(2024, 1 + 2 * i, 10)
              .kpis(kpis().onTime(0.79 + 0.004 * i))
              .pattern(PatternId.HANDOFF_CHURN, 5, 300));
    }
    report.project(
        aProject("T1")
            .closed(2024, 3, 1)
            .issues(50)
            .sponsor("JIRAUSER1")
            .scopeTag("risk-review", 20)
            .scopeTag("plan", 5));
    report.project(aProject("T2").closed(2023, 3, 1).issues(50).scopeTag("plan", 7));
    report.project(aProject("T3").closed(2024, 4, 1).issues(50).sponsor("JIRAUSER2"));
    return report;
  }

  private static PortfolioFigures figures(PortfolioReport report, VisibleProjects visible) {
    return PortfolioFigures.of(
        ProjectSelection.of(report, GadgetQuery.everything().limitedTo(visible)));
  }

  @Test
  void sumsProjectsIssuesAndCostsAndSplitsTheCostOverValueAreas() {
    PortfolioFigures all = figures(sixAndSix().build(), VisibleProjects.all());

    assertThat(all.projects()).isEqualTo(15);
    assertThat(all.issues()).isEqualTo(1_350); // 12 × 100 + 3 × 50
    assertThat(all.cost()).isEqualTo(7_800.0); // 6 × 1,000 + 6 × 300
    assertThat(all.costHours()).isEqualTo(78.0);
    // Slips hurt customers and finances, handoffs employees: 3,000 + 3,000 and 1,800.
    assertThat(all.costByArea())
        .containsEntry(ValueArea.CUSTOMER, 3_000.0)
        .containsEntry(ValueArea.FINANCIAL, 3_000.0)
        .containsEntry(ValueArea.EMPLOYEE, 1_800.0);
  }

  @Test
  void weighsEachProjectsKpisByItsIssues() {
    PortfolioReport report =
        aReport()
            .projects(
                aProject("BIG").issues(300).kpis(kpis().onTime(0.9).slipDays(1)),
                aProject("SMALL").issues(100).kpis(kpis().onTime(0.5).slipDays(5)))
            .build();

    PortfolioFigures figures = figures(report, VisibleProjects.all());

    assertThat(figures.kpis().onTimeRate()).isCloseTo(0.8, within(1e-12)); // (270 + 50) / 400
    assertThat(figures.kpis().medianSlipDays()).isCloseTo(2.0, within(1e-12));
    assertThat(figures.kpis().issues()).isEqualTo(400);
    assertThat(figures.kpis().resolved()).isEqualTo(360);
  }

  @Test
  void comparesTheSidesOfThePmoStartWithAnIntervalLikeThePredictabilityGadget() {
    PortfolioReport report = sixAndSix().build();
    PortfolioFigures figures = figures(report, VisibleProjects.all());

    assertThat(figures.beforePmo().projects()).isEqualTo(7);
    assertThat(figures.sincePmo().projects()).isEqualTo(8);
    KpiChange onTime = figures.changes().get(0);
    assertThat(onTime.measure()).isEqualTo(KpiMeasure.ON_TIME_RATE);
    assertThat(onTime.change()).isPositive();
    assertThat(onTime.low()).isPositive();
    assertThat(onTime.verdict()).isEqualTo("better");
    PredictabilityView gadget =
        Predictability.build(io.pmobuyin.testing.GadgetInputBuilder.anInput(report).build());
    assertThat(gadget.comparisons()).hasSize(figures.changes().size());
    assertThat(gadget.comparisons().get(0).verdict()).isEqualTo(onTime.verdict());
  }

  @Test
  void withholdsTheChangeWhileASideHasTooFewProjects() {
    PortfolioFigures figures =
        figures(
            sixAndSix().build(), VisibleProjects.only(Set.of("B0", "B1", "S0", "S1", "S2", "S3")));

    assertThat(figures.beforePmo().projects()).isEqualTo(2);
    assertThat(figures.changes()).isEmpty();
  }

  @Test
  void givesNoSidesWithoutAPmoStartDate() {
    PortfolioFigures figures =
        figures(aReport().projects(aProject("A"), aProject("B")).build(), VisibleProjects.all());

    assertThat(figures.beforePmo()).isNull();
    assertThat(figures.sincePmo()).isNull();
    assertThat(figures.changes()).isEmpty();
  }

  @Test
  void countsSponsorshipAndScopeTagsOverTheProjectsSeen() {
    PortfolioReport report = sixAndSix().build();

    PortfolioFigures all = figures(report, VisibleProjects.all());
    PortfolioFigures some = figures(report, VisibleProjects.only(Set.of("T1", "B0")));

    assertThat(all.withSponsor()).isEqualTo(2);
    assertThat(all.sponsorCoverage()).isCloseTo(2 / 15.0, within(1e-12));
    assertThat(all.scopeTags()).containsEntry("risk-review", 20L).containsEntry("plan", 12L);
    assertThat(some.withSponsor()).isEqualTo(1);
    assertThat(some.sponsorCoverage()).isEqualTo(0.5);
    assertThat(some.scopeTags()).containsEntry("plan", 5L);
  }

  @Test
  void addsUpOverReadersWhoSeeComplementaryProjects() {
    PortfolioReport report = sixAndSix().build();
    Set<String> mine = Set.of("B0", "B1", "B2", "S0", "T1");
    Set<String> theirs = Set.of("B3", "B4", "B5", "S1", "S2", "S3", "S4", "S5", "T2", "T3");

    PortfolioFigures all = figures(report, VisibleProjects.all());
    PortfolioFigures one = figures(report, VisibleProjects.only(mine));
    PortfolioFigures other = figures(report, VisibleProjects.only(theirs));

    assertThat(one.projects() + other.projects()).isEqualTo(all.projects());
    assertThat(one.issues() + other.issues()).isEqualTo(all.issues());
    assertThat(one.cost() + other.cost()).isCloseTo(all.cost(), within(1e-9));
    assertThat(one.withSponsor() + other.withSponsor()).isEqualTo(all.withSponsor());
    for (ValueArea area : ValueArea.values()) {
      assertThat(one.costByArea().get(area) + other.costByArea().get(area))
          .isCloseTo(all.costByArea().get(area), within(1e-9));
    }
  }

  @Test
  void givesAReaderWhoSeesNoProjectZerosAndUnknownKpisRatherThanFailing() {
    PortfolioFigures none = figures(sixAndSix().build(), VisibleProjects.only(Set.of()));

    assertThat(none.projects()).isZero();
    assertThat(none.issues()).isZero();
    assertThat(none.cost()).isZero();
    assertThat(none.kpis().onTimeRate()).isNaN();
    assertThat(none.sponsorCoverage()).isNaN();
    assertThat(none.beforePmo().projects()).isZero();
    assertThat(none.changes()).isEmpty();
    assertThat(none.scopeTags()).isEmpty();
  }

  @Test
  void knowsWhenASelectionIsTheWholeReport() {
    PortfolioReport report = sixAndSix().build();
    java.util.List<String> keys =
        report.projects().stream().map(io.pmobuyin.report.ProjectSection::key).toList();

    assertThat(ProjectSelection.of(report, GadgetQuery.everything()).coversWholeReport()).isTrue();
    assertThat(
            ProjectSelection.of(
                    report, GadgetQuery.everything().limitedTo(VisibleProjects.only(keys)))
                .coversWholeReport())
        .isTrue();
    assertThat(
            ProjectSelection.of(
                    report,
                    GadgetQuery.everything().limitedTo(VisibleProjects.only(keys.subList(1, 3))))
                .coversWholeReport())
        .isFalse();
    assertThat(
            ProjectSelection.of(report, new GadgetQuery(null, ClosePeriod.LAST_4_QUARTERS))
                .coversWholeReport())
        .isFalse();
  }
}
