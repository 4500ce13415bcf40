package io.pmobuyin.report.view.plan;

import static io.pmobuyin.mining.pattern.PatternId.REWORK;
import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.drill.IssueNavigatorLinks;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.OpenLinks;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.ReportBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static final LocalDate STARTED = LocalDate.of(2024, 1, 1);

  /** Six projects closed before the action started with 40 % scope creep, six since with 10 %. */
  private static ReportBuilder sixAndSix(ImprovementAction... actions) {
    ReportBuilder report = aReport().pmoStart(LocalDate.of(2023, 1, 1)).actions(actions);
    for (int i = 0; i < 6; i++) {
      report.projects(
          aProject("OLD" + i).closed(2023, 6, 1 + i).issues(100).pattern(SCOPE_CREEP, 40, 0.0),
          aProject("NEW" + i).closed(2024, 6, 1 + i).issues(100).pattern(SCOPE_CREEP, 10, 0.0));
    }
    return report;
  }

  private static ImprovementAction action(
      String key, List<PatternId> patterns, LocalDate started, Set<String> projects) {
    return new ImprovementAction(
        key, "Scope gate", "In Progress", false, patterns, started, projects);
  }

  @Test
  void showsEachActionWithTheMeasuredEffectOnEachPatternItTargets() {
    PlanView view =
        Plan.build(
            anInput(sixAndSix(action("PMO-1", List.of(SCOPE_CREEP, REWORK), STARTED, Set.of())))
                .build());

    PlanRow row = view.rows().get(0);
    assertThat(row.key()).isEqualTo("PMO-1");
    assertThat(row.status()).isEqualTo("In Progress");
    assertThat(row.since()).isEqualTo("Since 2024-01-01");
    assertThat(row.scope()).isEqualTo("Applies to every project");
    assertThat(row.projects()).isEqualTo("6 projects closed before it started, 6 since");
    PlanEffectLine creep = row.effects().get(0);
    assertThat(creep.pattern()).isEqualTo("Scope creep");
    assertThat(creep.direction()).isEqualTo("better");
    assertThat(creep.change())
        .startsWith("40.0% \u2192 10.0% \u00b7 \u2713 Improved (95% interval");
    assertThat(row.effects().get(1).change()).contains("0.0% \u2192 0.0%", "No clear change yet");
  }

  @Test
  void
      anEffectOpensThePatternsIssuesInTheProjectsClosedSinceTheActionStartedThatTheReaderMayOpen() {
    PlanView view =
        Plan.build(
            anInput(sixAndSix(action("PMO-1", List.of(SCOPE_CREEP), STARTED, Set.of())))
                .drill(new IssueNavigatorLinks("/jira", key -> !key.equals("NEW5")))
                .build());

    OpenLinks open = view.rows().get(0).effects().get(0).open();
    String jql = URLDecoder.decode(open.url(), StandardCharsets.UTF_8);
    assertThat(jql).contains("NEW0-1", "NEW4-10").doesNotContain("OLD", "NEW5");
    assertThat(open.title()).contains("50").contains("60");
  }

  @Test
  void anActionNotStartedOpensNothing() {
    PlanView view =
        Plan.build(
            anInput(sixAndSix(action("PMO-4", List.of(SCOPE_CREEP), null, Set.of())))
                .drill(new IssueNavigatorLinks("/jira", key -> true))
                .build());

    assertThat(view.rows().get(0).effects().get(0).open().any()).isFalse();
  }

  @Test
  void saysTooFewProjectsYetWhenASideIsShortOfTheMinimumSample() {
    PlanView view =
        Plan.build(
            anInput(
                    sixAndSix(
                        action("PMO-2", List.of(SCOPE_CREEP), STARTED, Set.of("NEW0", "OLD0"))))
                .build());

    PlanRow row = view.rows().get(0);
    assertThat(row.scope()).isEqualTo("Applies to 2 projects: NEW0, OLD0");
    assertThat(row.projects()).isEqualTo("1 projects closed before it started, 1 since");
    assertThat(row.effects().get(0).change())
        .isEqualTo("40.0% \u2192 10.0% \u00b7 too few projects yet");
    assertThat(row.effects().get(0).direction()).isEqualTo("unknown");
  }

  @Test
  void measuresNothingForAnActionNotStarted() {
    PlanView view =
        Plan.build(
            anInput(sixAndSix(action("PMO-3", List.of(SCOPE_CREEP), null, Set.of()))).build());

    PlanRow row = view.rows().get(0);
    assertThat(row.since()).isEqualTo("Not started yet");
    assertThat(row.effects().get(0).change()).isEqualTo("Not started: nothing to measure yet");
  }

  @Test
  void measuresOnlyOverTheProjectsTheReaderMaySee() {
    PlanView view =
        Plan.build(
            anInput(sixAndSix(action("PMO-1", List.of(SCOPE_CREEP), STARTED, Set.of())))
                .visible(VisibleProjects.only(List.of("OLD0", "OLD1", "NEW0")))
                .build());

    assertThat(view.rows().get(0).projects())
        .isEqualTo("2 projects closed before it started, 1 since");
    assertThat(view.table("plan").orElseThrow().rows().get(0))
        .containsSubsequence("2", "1", "0.4", "0.1");
  }

  private static final ServiceCatalogue CATALOGUE =
      new ServiceCatalogue(
          List.of(
              new CatalogueEntry(
                  "release-planning", "Release planning", "", ScopeStatus.IN_SCOPE, null, false),
              new CatalogueEntry(
                  "risk-review", "Risk & <review>", "", ScopeStatus.IN_SCOPE, null, false),
              new CatalogueEntry("budget", "Budget", "", ScopeStatus.IN_SCOPE, null, false)));

  private static PlanRow rowFor(Set<String> projects, Set<String> services) {
    ImprovementAction action =
        new ImprovementAction(
            "PMO-9", "t", "To Do", false, List.of(SCOPE_CREEP), STARTED, projects, services);
    return Plan.build(anInput(sixAndSix(action)).catalogue(CATALOGUE).build()).rows().get(0);
  }

  @Test
  void saysTheServicesAnActionAppliesToByTheirCatalogueNames() {
    assertThat(rowFor(Set.of(), Set.of("release-planning")).scope())
        .isEqualTo(
            "Applies to projects where any issue has PMO Scope \u201cRelease planning\u201d");
    assertThat(rowFor(Set.of(), Set.of("risk-review", "release-planning", "budget")).scope())
        .isEqualTo(
            "Applies to projects where any issue has PMO Scope"
                + " \u201cBudget\u201d, \u201cRelease planning\u201d or \u201cRisk & <review>\u201d");
  }

  @Test
  void saysTheProjectsAndTheServicesOfAnActionThatNamesBoth() {
    assertThat(rowFor(Set.of("HDFS", "APACHE"), Set.of("release-planning")).scope())
        .isEqualTo(
            "Applies to 2 projects: APACHE, HDFS, and to projects where any issue has PMO Scope"
                + " \u201cRelease planning\u201d");
  }

  @Test
  void saysWhenAServiceIsNotInTheCatalogueAndShowsItsIdWhereThereIsNoCatalogue() {
    assertThat(rowFor(Set.of(), Set.of("gone")).scope())
        .isEqualTo(
            "Applies to projects where any issue has PMO Scope \u201cgone\u201d (not in the"
                + " service catalogue)");
    ImprovementAction action =
        new ImprovementAction(
            "PMO-9", "t", "To Do", false, List.of(SCOPE_CREEP), STARTED, Set.of(), Set.of("gone"));
    assertThat(Plan.build(anInput(sixAndSix(action)).build()).rows().get(0).scope())
        .isEqualTo("Applies to projects where any issue has PMO Scope \u201cgone\u201d");
  }

  @Test
  void measuresOverTheProjectsUsingTheServiceAndListsItsIdInTheCsv() {
    ReportBuilder report =
        aReport()
            .pmoStart(LocalDate.of(2023, 1, 1))
            .actions(
                new ImprovementAction(
                    "PMO-9",
                    "t",
                    "To Do",
                    false,
                    List.of(SCOPE_CREEP),
                    STARTED,
                    Set.of(),
                    Set.of("release-planning")))
            .projects(
                aProject("OLD").closed(2023, 6, 1).issues(100).scopeTag("Release planning", 3),
                aProject("NEW").closed(2024, 6, 1).issues(100).scopeTag("release-planning", 3),
                aProject("NOT").closed(2024, 6, 2).issues(100).scopeTag("budget", 3));

    PlanView view = Plan.build(anInput(report).catalogue(CATALOGUE).build());

    assertThat(view.rows().get(0).projects())
        .isEqualTo("1 projects closed before it started, 1 since");
    CsvTable table = view.table("plan").orElseThrow();
    int column = table.header().indexOf("services_applied_to");
    assertThat(column).isEqualTo(table.header().indexOf("projects_applied_to") + 1);
    assertThat(table.rows().get(0).get(column)).isEqualTo("release-planning");
  }

  @Test
  void isEmptyWithoutActions() {
    PlanView view = Plan.build(anInput(sixAndSix()).build());

    assertThat(view.empty()).isTrue();
    assertThat(view.tables().get(0).rows()).isEmpty();
  }
}
