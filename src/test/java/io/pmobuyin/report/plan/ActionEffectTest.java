package io.pmobuyin.report.plan;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.PatternChange;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.Verdict;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.ReportBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionEffectTest {

  private static final LocalDate STARTED = LocalDate.of(2024, 7, 1);
  private static final PatternId TARGET = PatternId.SCOPE_CREEP;
  private static final ServiceCatalogue CATALOGUE =
      new ServiceCatalogue(
          List.of(
              new CatalogueEntry(
                  "release-planning", "Release planning", "", ScopeStatus.IN_SCOPE, null, false),
              new CatalogueEntry(
                  "risk-review", "Risk review", "", ScopeStatus.IN_SCOPE, null, false)));

  @Test
  void comparesTheTargetedPatternInProjectsClosedBeforeAndSinceTheActionStarted() {
    ReportBuilder report = aReport();
    for (int i = 0; i < 6; i++) {
      report.project(closed("OLD" + i, STARTED.minusMonths(1 + i), 40 + i));
      report.project(closed("NEW" + i, STARTED.plusMonths(i), 10 + i));
    }

    ActionEffect effect = effect(action(Set.of()), report.build());

    assertThat(effect.projectsBefore()).isEqualTo(6);
    assertThat(effect.projectsSince()).isEqualTo(6);
    PatternChange change = effect.changes().get(TARGET);
    assertThat(change.before()).isCloseTo(0.425, within(1e-9));
    assertThat(change.since()).isCloseTo(0.125, within(1e-9));
    assertThat(change.high()).isNegative();
    assertThat(change.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(effect.changes()).containsOnlyKeys(TARGET);
  }

  @Test
  void countsOnlyTheProjectsTheActionAppliesTo() {
    ReportBuilder report = aReport();
    for (int i = 0; i < 6; i++) {
      report.project(closed("ABC" + i, STARTED.minusDays(10), 40));
      report.project(closed("XYZ" + i, STARTED.plusDays(10), 90));
    }

    ActionEffect effect = effect(action(Set.of("ABC0", "ABC1", "XYZ0")), report.build());

    assertThat(effect.projectsBefore()).isEqualTo(2);
    assertThat(effect.projectsSince()).isEqualTo(1);
    assertThat(effect.changes().get(TARGET).before()).isCloseTo(0.4, within(1e-9));
    assertThat(effect.changes().get(TARGET).since()).isCloseTo(0.9, within(1e-9));
    // Three projects are too few to say anything: no interval, no verdict.
    assertThat(effect.changes().get(TARGET).verdict()).isEqualTo(Verdict.TOO_LITTLE_DATA);
  }

  @Test
  void countsTheProjectsInWhichAnIssueCarriesANamedServiceAndNoOther() {
    ReportBuilder report = aReport();
    for (int i = 0; i < 6; i++) {
      report.project(closed("USE" + i, STARTED.plusDays(10), 10).scopeTag("release-planning", 1));
      report.project(closed("RISK" + i, STARTED.plusDays(10), 90).scopeTag("risk-review", 30));
      report.project(closed("NONE" + i, STARTED.plusDays(10), 90));
    }

    ActionEffect effect =
        effect(action(Set.of(), Set.of("release-planning")), report.build(), CATALOGUE);

    assertThat(effect.since())
        .extracting(p -> p.key())
        .containsExactlyInAnyOrder("USE0", "USE1", "USE2", "USE3", "USE4", "USE5");
    assertThat(effect.changes().get(TARGET).since()).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void knowsAServiceByTheNameAnExportOfASelectFieldCarries() {
    PortfolioReport report =
        aReport()
            .project(closed("NAMED", STARTED.plusDays(1), 10).scopeTag("Release Planning", 4))
            .project(closed("LISTED", STARTED.plusDays(2), 10).scopeTag("plan release-planning", 2))
            .project(closed("OTHER", STARTED.plusDays(3), 10).scopeTag("Risk review", 2))
            .build();

    ActionEffect effect = effect(action(Set.of(), Set.of("release-planning")), report, CATALOGUE);

    assertThat(effect.since())
        .extracting(p -> p.key())
        .containsExactlyInAnyOrder("NAMED", "LISTED");
  }

  @Test
  void appliesToAProjectItNamesOrThatUsesANamedService() {
    PortfolioReport report =
        aReport()
            .project(closed("NAMED", STARTED.plusDays(1), 10))
            .project(closed("USES", STARTED.plusDays(2), 10).scopeTag("risk-review", 1))
            .project(closed("BOTH", STARTED.plusDays(3), 10).scopeTag("risk-review", 1))
            .project(closed("NEITHER", STARTED.plusDays(4), 10).scopeTag("release-planning", 1))
            .build();

    ActionEffect effect =
        effect(action(Set.of("NAMED", "BOTH"), Set.of("risk-review")), report, CATALOGUE);

    assertThat(effect.since())
        .extracting(p -> p.key())
        .containsExactlyInAnyOrder("NAMED", "USES", "BOTH");
  }

  @Test
  void appliesToEveryProjectWhenItNamesNeitherProjectsNorServices() {
    PortfolioReport report =
        aReport()
            .project(closed("TAGGED", STARTED.plusDays(1), 10).scopeTag("risk-review", 1))
            .project(closed("UNTAGGED", STARTED.plusDays(2), 10))
            .build();

    ActionEffect effect = effect(action(Set.of(), Set.of()), report, CATALOGUE);

    assertThat(effect.since())
        .extracting(p -> p.key())
        .containsExactlyInAnyOrder("TAGGED", "UNTAGGED");
  }

  @Test
  void aServiceTheCatalogueLacksAppliesToNoProjectRatherThanToEveryOne() {
    PortfolioReport report =
        aReport()
            .project(closed("TAGGED", STARTED.plusDays(1), 10).scopeTag("risk-review", 1))
            .build();

    ActionEffect effect = effect(action(Set.of(), Set.of("retired-long-ago")), report, CATALOGUE);

    assertThat(effect.projectsBefore()).isZero();
    assertThat(effect.projectsSince()).isZero();
  }

  @Test
  void countsAProjectClosedOnTheStartDayAsSince() {
    PortfolioReport report = aReport().project(closed("DAY", STARTED, 10)).build();

    ActionEffect effect = effect(action(Set.of()), report);

    assertThat(effect.projectsBefore()).isZero();
    assertThat(effect.projectsSince()).isEqualTo(1);
  }

  @Test
  void hasNothingSinceForAnActionNotYetStarted() {
    ReportBuilder report = aReport();
    for (int i = 0; i < 6; i++) {
      report.project(closed("OLD" + i, STARTED.minusMonths(1 + i), 40));
      report.project(closed("NEW" + i, STARTED.plusMonths(i), 10));
    }
    ImprovementAction notStarted =
        new ImprovementAction("PMO-8", "", "To Do", false, List.of(TARGET), null, Set.of());

    ActionEffect effect = effect(notStarted, report.build());

    assertThat(notStarted.hasStarted()).isFalse();
    assertThat(effect.projectsBefore()).isEqualTo(12);
    assertThat(effect.projectsSince()).isZero();
    assertThat(effect.changes().get(TARGET).verdict()).isEqualTo(Verdict.TOO_LITTLE_DATA);
  }

  @Test
  void refusesAnActionWithoutPatternsOrWithOneTwice() {
    assertThatThrownBy(
            () -> new ImprovementAction("PMO-1", "", "", false, List.of(), STARTED, Set.of()))
        .hasMessageContaining("patterns must be given");
    assertThatThrownBy(
            () ->
                new ImprovementAction(
                    "PMO-1", "", "", false, List.of(TARGET, TARGET), STARTED, Set.of()))
        .hasMessageContaining("each once");
  }

  private static ImprovementAction action(Set<String> projects) {
    return new ImprovementAction(
        "PMO-7", "Scope gate", "In Progress", false, List.of(TARGET), STARTED, projects);
  }

  private static ImprovementAction action(Set<String> projects, Set<String> services) {
    return new ImprovementAction(
        "PMO-7", "Scope gate", "In Progress", false, List.of(TARGET), STARTED, projects, services);
  }

  private static ReportBuilder.ProjectBuilder closed(String key, LocalDate day, long affected) {
    return aProject(key).closed(day).issues(100).pattern(TARGET, affected, affected * 100.0);
  }

  private static ActionEffect effect(ImprovementAction action, PortfolioReport report) {
    return effect(action, report, ServiceCatalogue.empty());
  }

  private static ActionEffect effect(
      ImprovementAction action, PortfolioReport report, ServiceCatalogue catalogue) {
    return ActionEffect.of(
        action, ProjectSelection.of(report, GadgetQuery.everything()), catalogue);
  }
}
