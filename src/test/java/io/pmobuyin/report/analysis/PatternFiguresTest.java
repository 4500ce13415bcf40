package io.pmobuyin.report.analysis;

import static io.pmobuyin.mining.pattern.PatternId.LATE_DEFECTS;
import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.testing.ReportBuilder;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatternFiguresTest {

  private static final LocalDate PMO_START = LocalDate.of(2024, 4, 1);

  /**
   * A: 100 issues, closed the day before the PMO start, scope creep in 30. B: 300 issues, closed on
   * the start day, scope creep in 60. C: 100 issues, closed after, no scope creep.
   */
  private static ReportBuilder threeProjects() {
    return aReport()
        .pmoStart(PMO_START)
        .projects(
            aProject("A")
                .closed(2024, 3, 31)
                .issues(100)
                .pattern(SCOPE_CREEP, 30, 120.0, 12_000.0)
                .pattern(LATE_DEFECTS, 5, 10.0, 1_000.0),
            aProject("B").closed(2024, 4, 1).issues(300).pattern(SCOPE_CREEP, 60, 200.0, 20_000.0),
            aProject("C").closed(2024, 6, 1).issues(100));
  }

  private static PatternFigures figures(ReportBuilder report, PatternId id) {
    return PatternFigures.of(id, ProjectSelection.of(report.build(), GadgetQuery.everything()));
  }

  @Test
  void sumsIssuesProjectsHoursAndCostOverTheSelectedProjects() {
    PatternFigures creep = figures(threeProjects(), SCOPE_CREEP);

    assertThat(creep.issues()).isEqualTo(90); // 30 + 60
    assertThat(creep.projects()).isEqualTo(2); // A and B; C has none
    assertThat(creep.costHours()).isEqualTo(320.0); // 120 + 200
    assertThat(creep.cost()).isEqualTo(32_000.0); // 12,000 + 20,000
  }

  @Test
  void takesTheShareOverEveryIssueOfTheSelectionNotJustTheAffectedProjects() {
    // 90 affected of 100 + 300 + 100 = 500 issues
    assertThat(figures(threeProjects(), SCOPE_CREEP).share()).isCloseTo(0.18, within(1e-12));
  }

  @Test
  void countsOnlyTheFilteredProjects() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("A").category("Apps").issues(100).pattern(SCOPE_CREEP, 30, 3_000.0),
                aProject("B").category("Infra").issues(100).pattern(SCOPE_CREEP, 70, 7_000.0));

    PatternFigures apps =
        PatternFigures.of(
            SCOPE_CREEP,
            ProjectSelection.of(report.build(), new GadgetQuery("Apps", ClosePeriod.ALL)));

    assertThat(apps.issues()).isEqualTo(30);
    assertThat(apps.cost()).isEqualTo(3_000.0);
    assertThat(apps.share()).isCloseTo(0.3, within(1e-12)); // 30 / 100
  }

  @Test
  void splitsBeforeAndSinceAtThePmoStartCountingTheStartDayAsSince() {
    PatternFigures creep = figures(threeProjects(), SCOPE_CREEP);

    // before: A alone, 30 of 100
    assertThat(creep.beforePmo().issues()).isEqualTo(100);
    assertThat(creep.beforePmo().affected()).isEqualTo(30);
    assertThat(creep.beforePmo().share()).isCloseTo(0.3, within(1e-12));
    // since: B (closed on the start day) and C, 60 of 300 + 100
    assertThat(creep.sincePmo().issues()).isEqualTo(400);
    assertThat(creep.sincePmo().affected()).isEqualTo(60);
    assertThat(creep.sincePmo().share()).isCloseTo(0.15, within(1e-12));
  }

  @Test
  void hasNoBeforeOrSinceWithoutAPmoStart() {
    PatternFigures creep =
        figures(aReport().project(aProject("A").pattern(SCOPE_CREEP, 10, 1_000.0)), SCOPE_CREEP);

    assertThat(creep.beforePmo()).isNull();
    assertThat(creep.sincePmo()).isNull();
  }

  @Test
  void sharesOfAQuarterAreOverTheProjectsClosedInIt() {
    PatternFigures creep = figures(threeProjects(), SCOPE_CREEP);

    // 2024-Q1: A, 30 of 100; 2024-Q2: B and C, 60 of 400
    assertThat(creep.quarters())
        .containsExactly(new PeriodShare("2024-Q1", 100, 30), new PeriodShare("2024-Q2", 400, 60));
  }

  @Test
  void keepsAQuarterWithoutClosedProjectsAsUnknownNotAsZero() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("A").closed(2024, 1, 10).pattern(SCOPE_CREEP, 10, 1_000.0),
                aProject("B").closed(2024, 7, 10).pattern(SCOPE_CREEP, 20, 1_000.0));

    PatternFigures creep = figures(report, SCOPE_CREEP);

    assertThat(creep.quarters())
        .extracting(PeriodShare::period)
        .containsExactly("2024-Q1", "2024-Q2", "2024-Q3");
    assertThat(creep.quarters().get(1).known()).isFalse();
    assertThat(creep.quarters().get(1).share()).isNaN();
  }

  @Test
  void splitsTheCostEvenlyOverThePatternsValueAreas() {
    ReportBuilder report = threeProjects();

    // Scope creep hurts finances and employees: 32,000 / 2 each, customers nothing.
    assertThat(figures(report, SCOPE_CREEP).costByArea())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ValueArea.FINANCIAL, 16_000.0,
                ValueArea.EMPLOYEE, 16_000.0,
                ValueArea.CUSTOMER, 0.0));
    // Late defects hurt customers only.
    assertThat(figures(report, LATE_DEFECTS).costByArea())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ValueArea.FINANCIAL, 0.0, ValueArea.EMPLOYEE, 0.0, ValueArea.CUSTOMER, 1_000.0));
  }

  @Test
  void hasAnUnknownShareForAnEmptySelection() {
    PatternFigures creep =
        PatternFigures.of(
            SCOPE_CREEP,
            ProjectSelection.of(threeProjects().build(), new GadgetQuery("Nothing", null)));

    assertThat(creep.issues()).isZero();
    assertThat(creep.share()).isNaN();
    assertThat(creep.quarters()).isEmpty();
  }

  @Test
  void givesEveryPatternOfTheCatalogueOnce() {
    assertThat(
            PatternFigures.of(
                ProjectSelection.of(threeProjects().build(), GadgetQuery.everything())))
        .extracting(PatternFigures::id)
        .containsExactly(PatternId.values());
  }
}
