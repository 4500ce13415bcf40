package io.pmobuyin.jira.source;

import static io.pmobuyin.testing.JiraIssues.statusChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.Reports;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The improvement actions read from the issues of the project the settings name. */
class JiraImprovementActionsTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final JiraIssues jira =
      new JiraIssues(ZoneOffset.UTC)
          .status("To Do", "new")
          .status("In Progress", "indeterminate")
          .status("In Review", "indeterminate")
          .status("Done", "done");
  private final List<RunProblem> problems = new ArrayList<>();
  private ServiceCatalogue catalogue =
      new ServiceCatalogue(
          List.of(
              new CatalogueEntry(
                  "release-planning", "Release planning", "", ScopeStatus.IN_SCOPE, null, false),
              new CatalogueEntry(
                  "risk-review", "Risk review", "", ScopeStatus.IN_SCOPE, null, true)));

  JiraImprovementActionsTest() {
    jira.project(20, "PMO");
  }

  private List<ImprovementAction> read() {
    return new JiraImprovementActions(
            jira.projectManager(),
            jira.issueManager(),
            jira.changeHistoryManager(),
            jira.statusManager())
        .actions("PMO", TOKYO, catalogue, problems::add);
  }

  @Test
  void mapsAnIssueToAnActionByItsKeySummaryStatusAndLabels() {
    jira.issue("PMO-1")
        .summary("Baseline scope at kick-off")
        .status("In Review", "indeterminate")
        .resolution(null)
        .label("pmo-pattern-scope_creep")
        .label("PMO-PATTERN-Late-Defects")
        .label("pmo-applies-abc")
        .label("pmo-applies-XYZ")
        .label("unrelated");

    List<ImprovementAction> actions = read();

    assertThat(actions).hasSize(1);
    ImprovementAction action = actions.get(0);
    assertThat(action.key()).isEqualTo("PMO-1");
    assertThat(action.title()).isEqualTo("Baseline scope at kick-off");
    assertThat(action.status()).isEqualTo("In Review");
    assertThat(action.done()).isFalse();
    assertThat(action.patterns())
        .containsExactlyInAnyOrder(PatternId.SCOPE_CREEP, PatternId.LATE_DEFECTS);
    assertThat(action.projects()).containsExactly("ABC", "XYZ");
    assertThat(problems).isEmpty();
  }

  @Test
  void anActionWithoutAppliesLabelsAppliesToEveryProjectAndIsDoneInTheDoneCategory() {
    jira.issue("PMO-2").status("Closed", "done").label("pmo-pattern-REWORK");

    ImprovementAction action = read().get(0);

    assertThat(action.done()).isTrue();
    assertThat(action.projects()).isEmpty();
    assertThat(action.services()).isEmpty();
    assertThat(action.appliesToEveryProject()).isTrue();
  }

  @Test
  void readsTheServicesAnActionAppliesToFromItsServiceLabelsInAnyCase() {
    jira.issue("PMO-20")
        .label("pmo-pattern-rework")
        .label("pmo-service-release-planning")
        .label("PMO-Service-Risk_Review")
        .label("pmo-applies-ABC");

    ImprovementAction action = read().get(0);

    assertThat(action.services()).containsExactly("release-planning", "risk-review");
    assertThat(action.projects()).containsExactly("ABC");
    assertThat(problems).isEmpty();
  }

  @Test
  void keepsAServiceTheCatalogueLacksAndNamesItWithItsIssuesInOneNote() {
    jira.issue("PMO-21").label("pmo-pattern-rework").label("pmo-service-budget");
    jira.issue("PMO-22")
        .label("pmo-pattern-rework")
        .label("pmo-service-budget")
        .label("pmo-service-risk-review")
        .label("pmo-service-hiring");
    jira.issue("PMO-23").label("pmo-service-budget");

    List<ImprovementAction> actions = read();

    // Kept, so that the action applies to no project through it rather than to every project.
    assertThat(actions.get(0).services()).containsExactly("budget");
    assertThat(actions.get(0).appliesToEveryProject()).isFalse();
    assertThat(problems)
        .extracting(RunProblem::messageKey, RunProblem::detail)
        .contains(
            tuple(
                JiraImprovementActions.UNKNOWN_SERVICES,
                "pmo-service-budget on PMO-21, PMO-22; pmo-service-hiring on PMO-22"));
    assertThat(Reports.message(JiraImprovementActions.UNKNOWN_SERVICES))
        .isNotEqualTo(JiraImprovementActions.UNKNOWN_SERVICES);
  }

  @Test
  void withoutACatalogueEveryServiceIsUnknown() {
    catalogue = ServiceCatalogue.empty();
    jira.issue("PMO-24").label("pmo-pattern-rework").label("pmo-service-release-planning");

    assertThat(read().get(0).services()).containsExactly("release-planning");
    assertThat(problems)
        .extracting(RunProblem::messageKey)
        .containsExactly(JiraImprovementActions.UNKNOWN_SERVICES);
  }

  @Test
  void startedOnTheDayInTheSettingsZoneItFirstEnteredAnInProgressStatus() {
    jira.issue("PMO-3")
        .status("Done", "done")
        .label("pmo-pattern-rework")
        // 20:00 UTC on 2 March is 3 March in Tokyo.
        .history(Instant.parse("2026-03-02T20:00:00Z"), statusChange("To Do", "In Progress"))
        .history(Instant.parse("2026-03-10T09:00:00Z"), statusChange("In Progress", "To Do"))
        .history(Instant.parse("2026-03-12T09:00:00Z"), statusChange("To Do", "In Review"))
        .history(Instant.parse("2026-04-01T09:00:00Z"), statusChange("In Review", "Done"));

    assertThat(read().get(0).started()).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void hasNotStartedWhileItNeverEnteredAnInProgressStatus() {
    jira.issue("PMO-4")
        .status("To Do", "new")
        .resolution(null)
        .label("pmo-pattern-rework")
        .history(Instant.parse("2026-03-02T09:00:00Z"), statusChange("Done", "To Do"));
    jira.issue("PMO-5")
        .status("Done", "done")
        .label("pmo-pattern-rework")
        .history(Instant.parse("2026-03-02T09:00:00Z"), statusChange("To Do", "Done"));

    assertThat(read()).extracting(ImprovementAction::started).containsExactly(null, null);
  }

  @Test
  void anIssueCreatedInProgressStartedOnTheDayItWasCreated() {
    jira.issue("PMO-6")
        .status("In Progress", "indeterminate")
        .resolution(null)
        .created(Instant.parse("2026-05-04T16:00:00Z"))
        .label("pmo-pattern-rework");

    assertThat(read().get(0).started()).isEqualTo(LocalDate.of(2026, 5, 5));
  }

  @Test
  void skipsIssuesWithoutAPatternLabelAndIgnoresUnknownPatternsCountingBothInOneNote() {
    jira.issue("PMO-7").label("pmo-pattern-scope_creep").label("pmo-pattern-sope-creep");
    jira.issue("PMO-8").label("pmo-applies-ABC");
    jira.issue("PMO-9").label("pmo-pattern-nonsense");
    jira.issue("PMO-10");

    List<ImprovementAction> actions = read();

    assertThat(actions).extracting(ImprovementAction::key).containsExactly("PMO-7");
    assertThat(actions.get(0).patterns()).containsExactly(PatternId.SCOPE_CREEP);
    assertThat(problems)
        .extracting(RunProblem::projectKey, RunProblem::messageKey, RunProblem::detail)
        .containsExactly(
            tuple(
                "PMO",
                JiraImprovementActions.SKIPPED,
                "3 issues without a pmo-pattern- label; labels naming no pattern:"
                    + " pmo-pattern-nonsense, pmo-pattern-sope-creep"));
    assertThat(Reports.message(JiraImprovementActions.SKIPPED))
        .isNotEqualTo(JiraImprovementActions.SKIPPED);
  }

  @Test
  void aMissingProjectIsNotedAndGivesNoActions() {
    List<ImprovementAction> actions =
        new JiraImprovementActions(
                jira.projectManager(),
                jira.issueManager(),
                jira.changeHistoryManager(),
                jira.statusManager())
            .actions("GONE", TOKYO, catalogue, problems::add);

    assertThat(actions).isEmpty();
    assertThat(problems)
        .extracting(RunProblem::projectKey, RunProblem::messageKey)
        .containsExactly(tuple("GONE", JiraImprovementActions.PROJECT_MISSING));
    assertThat(Reports.message(JiraImprovementActions.PROJECT_MISSING))
        .isNotEqualTo(JiraImprovementActions.PROJECT_MISSING);
  }

  @Test
  void anIssueThatFailsToReadIsNotedAndTheOthersStay() {
    jira.issue("PMO-11").label("pmo-pattern-rework");
    jira.issue("PMO-12")
        .label("pmo-pattern-rework")
        .failing(new IllegalStateException("row broken"));

    List<ImprovementAction> actions = read();

    assertThat(actions).extracting(ImprovementAction::key).containsExactly("PMO-11");
    assertThat(problems)
        .extracting(RunProblem::issueKey, RunProblem::messageKey, RunProblem::detail)
        .containsExactly(
            tuple(
                "PMO-12",
                JiraImprovementActions.ISSUE_PROBLEM,
                "IllegalStateException: row broken"));
  }
}
