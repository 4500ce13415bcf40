package io.pmobuyin.report.view.predictability;

import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.analysis.MinimumSample;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.testing.ReportBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PredictabilityTest {

  private static final LocalDate PMO_START = LocalDate.of(2024, 1, 1);

  private static PredictabilityView predictability(ReportBuilder report) {
    return Predictability.build(anInput(report).build());
  }

  /**
   * Six projects of 100 issues closed in 2023 and six closed in 2024. On-time rate rose clearly
   * (0.50 ± 0.02 → 0.80 ± 0.02); slip fell a third of a day amid noise of 1 to 7 days; scope growth
   * rose clearly (0.10 ± 0.02 → 0.40 ± 0.02); rework is 0.1 throughout.
   */
  private static ReportBuilder sixAndSix() {
    double[] onTimeBefore = {0.48, 0.50, 0.52, 0.49, 0.51, 0.50};
    double[] onTimeSince = {0.78, 0.80, 0.82, 0.79, 0.81, 0.80};
    double[] slipBefore = {3, 6, 2, 7, 4, 5};
    double[] slipSince = {4, 3, 6, 5, 1, 6};
    double[] growthBefore = {0.10, 0.12, 0.08, 0.11, 0.09, 0.10};
    double[] growthSince = {0.40, 0.42, 0.38, 0.41, 0.39, 0.40};
    ReportBuilder report = aReport().pmoStart(PMO_START);
    for (int i = 0; i < 6; i++) {
      report.project(
          aProject("B" + i)
              .closed(2023, 1 + 2 * i, 10)
              .kpis(
                  kpis()
                      .onTime(onTimeBefore[i])
                      .slipDays(slipBefore[i])
                      .scopeGrowth(growthBefore[i])
                      .rework(0.1)));
      report.project(
          aProject("S" + i)
              .closed(2024, 1 + 2 * i, 10)
              .kpis(
                  kpis()
                      .onTime(onTimeSince[i])
                      .slipDays(slipSince[i])
                      .scopeGrowth(growthSince[i])
                      .rework(0.1)));
    }
    return report;
  }

  private static ReportBuilder closedOnEachSide(int before, int since) {
    ReportBuilder report = aReport().pmoStart(PMO_START);
    for (int i = 0; i < before; i++) {
      report.project(aProject("B" + i).closed(2023, 1 + i, 1));
    }
    for (int i = 0; i < since; i++) {
      report.project(aProject("S" + i).closed(2024, 1 + i, 1));
    }
    return report;
  }

  private static ComparisonRow comparison(PredictabilityView view, String name) {
    return view.comparisons().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static KpiPanel panel(PredictabilityView view, String id) {
    return view.panels().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static CsvTable table(PredictabilityView view, String name) {
    return view.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> ids(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList all =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
            .getElementsByTagNameNS("*", "*");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  @Test
  void asksForAPmoStartBeforeComparing() {
    PredictabilityView view = predictability(aReport().project(aProject("A")));

    assertThat(view.guard())
        .isEqualTo("Set the PMO start date to compare delivery before and since the PMO started.");
    assertThat(view.comparisons()).isEmpty();
    assertThat(view.panels()).hasSize(4); // the trends still show
  }

  @Test
  void waitsForFiveProjectsOnEachSideBeforeComparing() {
    PredictabilityView view = predictability(closedOnEachSide(4, 6));

    assertThat(view.guard())
        .isEqualTo(
            "Not enough data yet: 4 projects closed before the PMO started and 6 since. A fair"
                + " comparison needs at least 5 on each side.");
    assertThat(view.comparisons()).isEmpty();
    assertThat(table(view, "predictability-before-since").rows()).isEmpty();
  }

  @Test
  void comparesOnceBothSidesHaveFiveProjects() {
    PredictabilityView view = predictability(closedOnEachSide(5, 5));

    assertThat(view.guard()).isNull();
    assertThat(view.comparisons()).hasSize(4);
  }

  @Test
  void callsAClearRiseInTheOnTimeRateBetter() {
    ComparisonRow onTime = comparison(predictability(sixAndSix()), "On-time rate");

    // means 3.00 / 6 = 0.50 and 4.80 / 6 = 0.80
    assertThat(onTime.before()).isEqualTo("50.0%");
    assertThat(onTime.since()).isEqualTo("80.0%");
    assertThat(onTime.change()).isEqualTo("+30.0 pp");
    assertThat(onTime.interval()).startsWith("95% interval +");
    assertThat(onTime.verdict()).isEqualTo("better");
    assertThat(onTime.verdictText()).isEqualTo("✓ Improved");
  }

  @Test
  void callsAClearRiseInScopeGrowthWorseSinceLowerIsBetter() {
    ComparisonRow growth = comparison(predictability(sixAndSix()), "Scope growth");

    assertThat(growth.change()).isEqualTo("+30.0 pp");
    assertThat(growth.verdict()).isEqualTo("worse");
    assertThat(growth.verdictText()).isEqualTo("✗ Got worse");
  }

  @Test
  void callsAChangeHiddenInTheNoiseUnclear() {
    PredictabilityView view = predictability(sixAndSix());
    ComparisonRow slip = comparison(view, "Typical slip (days)");

    // slip is skewed, so the median of projects: (4 + 5) / 2 = 4.5 days on both sides
    assertThat(slip.before()).isEqualTo("4.5");
    assertThat(slip.since()).isEqualTo("4.5");
    assertThat(slip.change()).isEqualTo("+0.0");
    assertThat(slip.interval()).startsWith("95% interval −").contains(" to +");
    assertThat(slip.verdict()).isEqualTo("unclear");
    assertThat(slip.verdictText()).isEqualTo("≈ No clear change yet");
    // the same constant on both sides is no change either
    assertThat(comparison(view, "Rework rate").verdict()).isEqualTo("unclear");
  }

  @Test
  void exportsTheComparisonWithItsIntervalAndProjectCounts() {
    List<String> onTime =
        table(predictability(sixAndSix()), "predictability-before-since").rows().get(0);

    assertThat(onTime.subList(0, 4)).containsExactly("on-time", "0.5", "0.8", "0.3");
    double low = Double.parseDouble(onTime.get(4));
    double high = Double.parseDouble(onTime.get(5));
    assertThat(low).isGreaterThan(0).isLessThanOrEqualTo(0.3);
    assertThat(high).isGreaterThanOrEqualTo(0.3).isLessThan(0.35);
    assertThat(onTime.subList(6, 8)).containsExactly("6", "6");
  }

  @Test
  void weighsEachProjectOfAQuarterByItsIssues() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("SMALL")
                    .closed(2024, 1, 10)
                    .issues(100)
                    .kpis(kpis().onTime(0.4).slipDays(2)),
                aProject("BIG")
                    .closed(2024, 3, 10)
                    .issues(300)
                    .kpis(kpis().onTime(0.8).slipDays(6)));

    PredictabilityView view = predictability(report);

    // on time (100 × 0.4 + 300 × 0.8) / 400 = 280 / 400 = 0.7, not the plain mean 0.6
    // slip is skewed: the median of the two projects, (2 + 6) / 2 = 4 days, not weighted
    assertThat(table(view, "predictability-by-quarter").rows())
        .contains(
            List.of("on-time", "2024-Q1", "2", "400", "false", "0.7"),
            List.of("slip", "2024-Q1", "2", "400", "false", "4"));
    assertThat(panel(view, "on-time").chartHtml())
        .contains("<title>2024-Q1: 70% \u00b7 2 projects, 400 issues: too little data");
    assertThat(panel(view, "slip").chartHtml()).contains("<title>2024-Q1: 4 d \u00b7 2 projects");
  }

  @Test
  void leavesOutAProjectWithoutTheMeasureButStillCountsIt() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("A").closed(2024, 1, 10).issues(100).kpis(kpis().onTime(0.4)),
                aProject("B").closed(2024, 2, 10).issues(300).kpis(kpis().onTime(0.8)),
                aProject("NO-DUE-DATES")
                    .closed(2024, 3, 10)
                    .issues(1_000)
                    .kpis(kpis().onTime(Double.NaN)));

    assertThat(table(predictability(report), "predictability-by-quarter").rows())
        .contains(List.of("on-time", "2024-Q1", "3", "1400", "false", "0.7"));
  }

  @Test
  void leavesAQuarterWithoutClosedProjectsBlank() {
    ReportBuilder report =
        aReport().projects(aProject("A").closed(2024, 1, 10), aProject("B").closed(2024, 7, 10));

    PredictabilityView view = predictability(report);

    assertThat(table(view, "predictability-by-quarter").rows())
        .contains(List.of("on-time", "2024-Q2", "0", "0", "false", ""));
    // two known points with a gap between: no line drawn through 2024-Q2
    assertThat(panel(view, "on-time").chartHtml()).doesNotContain("<polyline");
  }

  @Test
  void marksThePmoStartWhenItFallsInsideTheChartedQuarters() {
    ReportBuilder report =
        aReport()
            .pmoStart(LocalDate.of(2024, 4, 1))
            .projects(
                aProject("A").closed(2024, 1, 10),
                aProject("B").closed(2024, 5, 10),
                aProject("C").closed(2024, 8, 10));

    PredictabilityView view = predictability(report);

    assertThat(view.panels())
        .allSatisfy(p -> assertThat(p.chartHtml()).contains("pmo-marker", ">PMO start<"));
  }

  @Test
  void marksAStartOnTheFirstDayOfTheFirstChartedQuarterAtItsLeftEdge() {
    ReportBuilder report =
        aReport()
            .pmoStart(LocalDate.of(2024, 1, 1))
            .projects(aProject("A").closed(2024, 1, 10), aProject("B").closed(2024, 5, 10));

    // the first point sits at x = 40, the plot's left edge
    assertThat(panel(predictability(report), "on-time").chartHtml())
        .contains("<line class=\"pmo-marker\" x1=\"40\" x2=\"40\"");
  }

  @Test
  void drawsNoPmoMarkerWhenTheStartIsOutsideTheChartedQuarters() {
    ReportBuilder.ProjectBuilder[] in2024 = {
      aProject("A").closed(2024, 1, 10), aProject("B").closed(2024, 5, 10)
    };

    String afterTheLast =
        panel(
                predictability(aReport().pmoStart(LocalDate.of(2025, 6, 1)).projects(in2024)),
                "on-time")
            .chartHtml();
    String longBeforeTheFirst =
        panel(
                predictability(aReport().pmoStart(LocalDate.of(2020, 1, 1)).projects(in2024)),
                "on-time")
            .chartHtml();
    String noStart = panel(predictability(aReport().projects(in2024)), "on-time").chartHtml();

    assertThat(afterTheLast).doesNotContain("pmo-marker");
    assertThat(longBeforeTheFirst).doesNotContain("pmo-marker");
    assertThat(noStart).doesNotContain("pmo-marker");
  }

  @Test
  void prefixesEveryElementIdWithTheGadgetInstanceSoTwoGadgetsCanShareAPage() throws Exception {
    ReportBuilder report = sixAndSix();
    PredictabilityView left = Predictability.build(anInput(report).instance("left").build());
    PredictabilityView right = Predictability.build(anInput(report).instance("right").build());

    List<String> leftIds = new ArrayList<>();
    List<String> rightIds = new ArrayList<>();
    for (KpiPanel panel : left.panels()) {
      leftIds.addAll(ids(panel.chartHtml()));
    }
    for (KpiPanel panel : right.panels()) {
      rightIds.addAll(ids(panel.chartHtml()));
    }

    assertThat(leftIds).isNotEmpty().allMatch(id -> id.startsWith("pmo-left-kpi-"));
    assertThat(leftIds).doesNotHaveDuplicates().doesNotContainAnyElementsOf(rightIds);
    assertThat(leftIds).contains("pmo-left-kpi-on-time-t", "pmo-left-kpi-on-time-d");
  }

  @Test
  void dropsCharactersFromTheInstanceThatCannotBePartOfAnId() {
    PredictabilityView view =
        Predictability.build(anInput(sixAndSix()).instance("a b\"<c>").build());

    assertThat(view.panels().get(0).chartHtml()).contains("id=\"pmo-abc-kpi-on-time-t\"");
  }

  @Test
  void roundsTheAxisTopUpToWholeStepsAndLetsSharesAbove100PercentShow() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("A").closed(2024, 1, 10).kpis(kpis().slipDays(7).scopeGrowth(1.2)),
                aProject("B").closed(2024, 4, 10).kpis(kpis().slipDays(1).scopeGrowth(0.2)));

    PredictabilityView view = predictability(report);

    // slip up to 7 days: the next multiple of 5 is 10; scope growth up to 120 %: next 50 is 150
    assertThat(panel(view, "slip").chartHtml())
        .contains(">10 d</text>")
        .doesNotContain(">5 d<title");
    assertThat(panel(view, "scope-growth").chartHtml()).contains(">150%</text>");
    // rates never take the axis below 100 %
    assertThat(panel(view, "on-time").chartHtml()).contains(">100%</text>");
  }

  @Test
  void isEmptyWithoutClosedProjectsInTheSelection() {
    PredictabilityView view =
        Predictability.build(anInput(sixAndSix()).category("Nothing").build());

    assertThat(view.empty()).isTrue();
    assertThat(view.method()).contains("2,000 bootstrap resamples");
  }

  @Test
  void marksAQuarterOfTooFewProjectsAndKeepsAnOutlierFromRescalingTheChart() {
    ReportBuilder report = aReport();
    for (int q = 0; q < 4; q++) {
      for (int p = 0; p < MinimumSample.PROJECTS; p++) {
        report.projects(
            aProject("Q" + q + "P" + p)
                .closed(2024, 1 + 3 * q, 10)
                .issues(20)
                .kpis(kpis().scopeGrowth(0.2)));
      }
    }
    // One project alone in its quarter, with a scope growth of 5,983 %.
    report.projects(aProject("ODD").closed(2025, 2, 1).issues(20).kpis(kpis().scopeGrowth(59.83)));

    PredictabilityView view = predictability(report);
    String chart = panel(view, "scope-growth").chartHtml();

    assertThat(table(view, "predictability-by-quarter").rows())
        .contains(
            List.of("scope-growth", "2024-Q1", "5", "100", "true", "0.2"),
            List.of("scope-growth", "2025-Q1", "1", "20", "false", "59.83"));
    assertThat(chart)
        .contains("2025-Q1: 5983% \u00b7 1 projects, 20 issues: too little data")
        .contains("pmo-point pmo-thin")
        .as("the axis stays at 100 %, the outlier drawn at its top edge")
        .contains(">100%</text>")
        .contains("<path d=\"M");
  }

  @Test
  void takesTheMedianOfProjectsForScopeGrowthSoOneRunawayProjectCannotCarryASide() {
    ReportBuilder report = aReport().pmoStart(PMO_START);
    double[] since = {0.5, 0.45, 0.55, 0.5, 0.48, 0.52, 0.5, 0.47, 0.53, 60};
    for (int i = 0; i < since.length; i++) {
      report.project(
          aProject("B" + i)
              .closed(2023, 1 + i, 10)
              .issues(100)
              .kpis(kpis().scopeGrowth(1.5 + i / 100.0)));
      report.project(
          aProject("S" + i)
              .closed(2024, 1 + i, 10)
              .issues(i == since.length - 1 ? 1_000 : 100)
              .kpis(kpis().scopeGrowth(since[i])));
    }

    ComparisonRow growth = comparison(predictability(report), "Scope growth");

    assertThat(growth.since()).isEqualTo("50.0%");
    assertThat(growth.verdict()).isEqualTo("better");
  }
}
