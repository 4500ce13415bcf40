package io.pmobuyin.testing;

import static io.pmobuyin.testing.IssueBuilder.anIssue;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ProjectLeadership;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.value.ImprovementTargets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gadget data whose every user-typed text is an attack: project names and categories, catalogue
 * entries, departments, leads and sponsors. Whatever renders them must show them as text.
 */
public final class HostileData {

  public static final String SCRIPT = "<script>alert('x')</script>";
  public static final String IMAGE = "<img src=x onerror=alert(1)>";
  public static final String ATTRIBUTE = "\"><svg onload=alert(2)>";

  private HostileData() {}

  /** A small mined portfolio (two projects, twelve issues each) dressed in hostile names. */
  public static GadgetData create() {
    List<IssueRecord> issues = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      issues.add(
          anIssue()
              .key((i % 2 == 0 ? "ABC-" : "XYZ-") + (i + 1))
              .startedOnDay(1)
              .dueOnDay(8)
              .resolvedOnDay(5 + i)
              .build());
    }
    PortfolioReport mined =
        Reports.mine(issues, MiningConfig.defaults().withPmoStart(LocalDate.of(2024, 1, 15)));
    List<ProjectSection> renamed = new ArrayList<>();
    for (ProjectSection p : mined.projects()) {
      renamed.add(
          new ProjectSection(
              p.key(),
              SCRIPT + p.key(),
              ATTRIBUTE,
              p.closed(),
              p.issues(),
              p.changelogsCutShort(),
              p.kpis(),
              p.patterns()));
    }
    PortfolioReport report =
        new PortfolioReport(
            mined.schemaVersion(),
            mined.generator(),
            mined.settings(),
            mined.imports(),
            mined.portfolio(),
            mined.patterns(),
            renamed,
            mined.trend(),
            mined.sponsorship(),
            mined.engagement(),
            mined.dates(),
            new PlanSection(
                List.of(
                    new ImprovementAction(
                        SCRIPT,
                        IMAGE,
                        ATTRIBUTE,
                        false,
                        List.of(PatternId.SCHEDULE_SLIP, PatternId.REWORK),
                        LocalDate.of(2024, 1, 15),
                        Set.of("ABC", SCRIPT),
                        // Catalogue names reach the plan's "applies to" text.
                        Set.of("a", "b")))));
    ServiceCatalogue catalogue =
        new ServiceCatalogue(
            List.of(
                new CatalogueEntry("a", IMAGE, SCRIPT, ScopeStatus.IN_SCOPE, null, false),
                new CatalogueEntry(
                    "b", SCRIPT, IMAGE, ScopeStatus.OTHER_DEPARTMENT, ATTRIBUTE, true)));
    PortfolioLeadership leadership =
        new PortfolioLeadership(
            List.of(
                new ProjectLeadership("ABC", SCRIPT, ATTRIBUTE, false, IMAGE, true, SCRIPT, false),
                new ProjectLeadership("NEW", IMAGE, ATTRIBUTE, true, SCRIPT, false, IMAGE, true)));
    return new GadgetData(report, catalogue, leadership, ImprovementTargets.defaults());
  }
}
