package io.pmobuyin.report.analysis;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.Quarter;
import io.pmobuyin.testing.ReportBuilder;
import io.pmobuyin.value.EffortFigures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectSelectionTest {

  private static ProjectSelection select(ReportBuilder report, GadgetQuery query) {
    return ProjectSelection.of(report.build(), query);
  }

  private static List<String> keys(List<ProjectSection> projects) {
    return projects.stream().map(ProjectSection::key).toList();
  }

  @Test
  void keepsOnlyTheProjectsOfTheChosenCategory() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("APP1").category("Apps").issues(100),
                aProject("INF1").category("Infra").issues(40),
                aProject("APP2").category("Apps").issues(60),
                aProject("NONE").issues(10));

    ProjectSelection apps = select(report, new GadgetQuery("Apps", ClosePeriod.ALL));

    assertThat(keys(apps.projects())).containsExactly("APP1", "APP2");
    assertThat(apps.issues()).isEqualTo(160); // 100 + 60
    assertThat(keys(select(report, GadgetQuery.everything()).projects()))
        .containsExactlyInAnyOrder("APP1", "INF1", "APP2", "NONE");
  }

  @Test
  void treatsABlankCategoryAndAnUnknownPeriodIdAsEverything() {
    GadgetQuery query = GadgetQuery.of("  ", "last-99-quarters");

    assertThat(query.category()).isNull();
    assertThat(query.period()).isEqualTo(ClosePeriod.ALL);
    assertThat(GadgetQuery.of(" Apps ", "last-4-quarters"))
        .isEqualTo(new GadgetQuery("Apps", ClosePeriod.LAST_4_QUARTERS));
  }

  @Test
  void countsTheLastFourQuartersBackFromTheNewestQuarterInTheReportNotFromToday() {
    // Newest close is 2019-Q4, years ago: the last 4 quarters are 2019-Q1 to 2019-Q4.
    ReportBuilder report =
        aReport()
            .projects(
                aProject("NEW").closed(2019, 11, 30),
                aProject("EDGE").closed(2019, 1, 1),
                aProject("OLD").closed(2018, 12, 31));

    ProjectSelection last4 = select(report, new GadgetQuery(null, ClosePeriod.LAST_4_QUARTERS));

    assertThat(keys(last4.projects())).containsExactlyInAnyOrder("NEW", "EDGE");
  }

  @Test
  void countsBackFromTheNewestQuarterOfTheWholeReportEvenWhenACategoryIsChosen() {
    // Infra's newest close is 2023-Q1, but the report's newest is 2024-Q4: 8 quarters back from
    // 2024-Q4 start at 2023-Q1, so INF1 is in and INF0 (2022-Q4) is out.
    ReportBuilder report =
        aReport()
            .projects(
                aProject("APP").category("Apps").closed(2024, 12, 1),
                aProject("INF1").category("Infra").closed(2023, 2, 1),
                aProject("INF0").category("Infra").closed(2022, 12, 1));

    ProjectSelection infra = select(report, new GadgetQuery("Infra", ClosePeriod.LAST_8_QUARTERS));

    assertThat(keys(infra.projects())).containsExactly("INF1");
  }

  @Test
  void fillsTheQuartersWithoutAClosedProjectBetweenTheFirstAndTheLast() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("A").closed(2023, 8, 1),
                aProject("B").closed(2024, 5, 1),
                aProject("C").closed(2024, 6, 30));

    ProjectSelection selection = select(report, GadgetQuery.everything());

    assertThat(selection.byQuarter()).containsOnlyKeys("2023-Q3", "2024-Q2");
    assertThat(selection.everyQuarter())
        .containsOnlyKeys("2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2");
    assertThat(selection.everyQuarter().get("2023-Q4")).isEmpty();
    assertThat(selection.everyQuarter().get("2024-Q1")).isEmpty();
    assertThat(keys(selection.everyQuarter().get("2024-Q2"))).containsExactly("B", "C");
  }

  @Test
  void hasNoQuartersWhenNothingIsSelected() {
    ProjectSelection none =
        select(aReport().project(aProject("A").category("Apps")), new GadgetQuery("HR", null));

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.everyQuarter()).isEmpty();
  }

  @Test
  void takesTheQuarterOfTheStartWhenThePmoStartsOnItsFirstDay() {
    ProjectSelection selection =
        select(aReport().pmoStart(LocalDate.of(2024, 4, 1)), GadgetQuery.everything());

    assertThat(selection.firstQuarterSincePmo()).isEqualTo("2024-Q2");
  }

  @Test
  void takesTheNextQuarterWhenThePmoStartsMidQuarter() {
    // A project closed in 2024-Q2 before 15 May is "before": Q2 is no clean "since" quarter.
    assertThat(
            select(aReport().pmoStart(LocalDate.of(2024, 5, 15)), GadgetQuery.everything())
                .firstQuarterSincePmo())
        .isEqualTo("2024-Q3");
    // The 2nd of a quarter's first month is mid-quarter too.
    assertThat(
            select(aReport().pmoStart(LocalDate.of(2024, 7, 2)), GadgetQuery.everything())
                .firstQuarterSincePmo())
        .isEqualTo("2024-Q4");
    // ...and from the last quarter the next one is in the next year.
    assertThat(
            select(aReport().pmoStart(LocalDate.of(2024, 11, 20)), GadgetQuery.everything())
                .firstQuarterSincePmo())
        .isEqualTo("2025-Q1");
  }

  @Test
  void hasNoFirstQuarterSincePmoAndNoSidesWithoutAStartDate() {
    ProjectSelection selection = select(aReport().project(aProject("A")), GadgetQuery.everything());

    assertThat(selection.pmoStart()).isNull();
    assertThat(selection.firstQuarterSincePmo()).isNull();
    assertThat(selection.closedBeforePmo()).isEmpty();
    assertThat(selection.closedSincePmo()).isEmpty();
  }

  @Test
  void countsAProjectClosedOnThePmoStartAsSince() {
    ProjectSelection selection =
        select(
            aReport()
                .pmoStart(LocalDate.of(2024, 3, 1))
                .projects(
                    aProject("EVE").closed(2024, 2, 29),
                    aProject("DAY").closed(2024, 3, 1),
                    aProject("AFTER").closed(2024, 3, 2)),
            GadgetQuery.everything());

    assertThat(keys(selection.closedBeforePmo())).containsExactly("EVE");
    assertThat(keys(selection.closedSincePmo())).containsExactly("AFTER", "DAY");
  }

  @Test
  void stepsBackAndForwardAcrossYearBoundaries() {
    assertThat(new Quarter(2024, 1).plus(-1)).isEqualTo(new Quarter(2023, 4));
    assertThat(new Quarter(2023, 4).plus(1)).isEqualTo(new Quarter(2024, 1));
    assertThat(new Quarter(2024, 3).plus(-7)).isEqualTo(new Quarter(2022, 4));
    assertThat(new Quarter(2024, 2).plus(0)).isEqualTo(new Quarter(2024, 2));
    assertThat(new Quarter(2024, 4).plus(5)).isEqualTo(new Quarter(2026, 1));
  }

  @Test
  void countsQuartersOfAThreeDigitYearAsValuesAndSortsTheirLabels() {
    // Refused at import and in settings; the arithmetic must still never read a year from text.
    assertThat(new Quarter(500, 1).plus(-1).label()).isEqualTo("0499-Q4");
    assertThat(new Quarter(999, 4).label()).isLessThan(new Quarter(2024, 1).label());
  }

  @Test
  void namesTheQuarterOfADay() {
    assertThat(ProjectSelection.quarterOf(LocalDate.of(2024, 3, 31))).isEqualTo("2024-Q1");
    assertThat(ProjectSelection.quarterOf(LocalDate.of(2024, 4, 1))).isEqualTo("2024-Q2");
    assertThat(ProjectSelection.quarterOf(LocalDate.of(2024, 12, 31))).isEqualTo("2024-Q4");
  }

  @Test
  void listsEveryCategoryOfTheReportSortedEvenWhenTheQueryPicksOne() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("C").category("Infra").closed(2020, 1, 1),
                aProject("A").category("Apps"),
                aProject("B").category("Data"),
                aProject("D").category("Apps"),
                aProject("E"));

    ProjectSelection data = select(report, new GadgetQuery("Data", ClosePeriod.LAST_4_QUARTERS));

    assertThat(data.categories()).containsExactly("Apps", "Data", "Infra");
  }

  @Test
  void addsUpTheChosenProjectsEffortOrKnowsNoneWhenOneLacksIt() {
    EffortFigures a = new EffortFigures(10, 8, 1, 4, 400, 6, 1, 3, 30);
    EffortFigures b = new EffortFigures(5, 5, 0, 1, 100, 2, 0, 0, 0);

    ProjectSelection both =
        select(
            aReport().projects(aProject("A").effort(a), aProject("B").effort(b)),
            GadgetQuery.everything());
    ProjectSelection oneWithout =
        select(
            aReport().projects(aProject("A").effort(a), aProject("B")), GadgetQuery.everything());

    assertThat(both.effort()).isEqualTo(a.plus(b));
    assertThat(both.effort().hours()).isEqualTo(15);
    assertThat(oneWithout.effort()).isNull();
  }
}
