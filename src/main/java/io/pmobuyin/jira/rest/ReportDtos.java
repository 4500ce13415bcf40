package io.pmobuyin.jira.rest;

import static io.pmobuyin.jira.rest.KpisDto.known;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.report.EngagementSection;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.KpiChange;
import io.pmobuyin.report.analysis.PatternFigures;
import io.pmobuyin.report.analysis.PeriodShare;
import io.pmobuyin.report.analysis.PortfolioFigures;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.SeenProjects;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.GadgetNotes;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.run.SnapshotProjects;
import io.pmobuyin.run.StoredReport;
import io.pmobuyin.value.EffortFigures;
import java.util.LinkedHashMap;
import java.util.Map;

/** The report's views as the REST API's beans: the mapping only, every figure made elsewhere. */
final class ReportDtos {

  static final String WHOLE_PORTFOLIO = "portfolio";
  static final String BROWSABLE = "browsable";

  private ReportDtos() {}

  static String visibility(boolean seesWholePortfolio) {
    return seesWholePortfolio ? WHOLE_PORTFOLIO : BROWSABLE;
  }

  static PortfolioDto portfolio(
      StoredReport stored,
      ProjectSelection selection,
      GadgetQuery query,
      String visibility,
      Texts texts) {
    PortfolioReport report = stored.report();
    PortfolioFigures figures = PortfolioFigures.of(selection);
    boolean whole = selection.coversWholeReport();
    PortfolioDto dto = new PortfolioDto();
    dto.snapshotId = stored.header().id();
    dto.taken = stored.header().taken().toString();
    dto.visibility = visibility;
    dto.wholePortfolio = whole;
    dto.category = query.category();
    dto.period = query.periodId();
    dto.pmoStart = selection.pmoStart() == null ? null : selection.pmoStart().toString();
    dto.currency = report.settings().rates().currency();
    dto.projects = figures.projects();
    dto.issues = figures.issues();
    dto.costHours = figures.costHours();
    dto.cost = figures.cost();
    dto.costByArea = areas(figures.costByArea());
    dto.effort = effort(selection.effort());
    dto.notes = GadgetNotes.of(new GadgetInput(report, query, null, null, null, texts, ""), true);
    dto.kpis = KpisDto.of(figures.kpis());
    dto.pooledKpis = whole ? KpisDto.of(report.portfolio().kpis()) : null;
    dto.beforePmo = side(figures.beforePmo());
    dto.sincePmo = side(figures.sincePmo());
    dto.changes = figures.changes().stream().map(c -> change(c, texts)).toList();
    dto.changesNote = changesNote(selection, texts, report.settings().rates().currency());
    dto.sponsorship = new PortfolioDto.SponsorshipDto();
    dto.sponsorship.projects = figures.projects();
    dto.sponsorship.withSponsor = figures.withSponsor();
    dto.sponsorship.coverage = known(figures.sponsorCoverage());
    dto.pmoScope = new PortfolioDto.PmoScopeDto();
    dto.pmoScope.tags = figures.scopeTags();
    if (whole) {
      dto.pmoScope.engaged = engagementSide(report.engagement().engaged());
      dto.pmoScope.notEngaged = engagementSide(report.engagement().notEngaged());
    }
    return dto;
  }

  private static PortfolioDto.EffortDto effort(EffortFigures figures) {
    if (figures == null) {
      return null;
    }
    PortfolioDto.EffortDto dto = new PortfolioDto.EffortDto();
    dto.hours = figures.hours();
    dto.recordedHours = figures.recordedHours();
    dto.issuesWithoutEffort = figures.issuesWithoutEffort();
    dto.failureHours = figures.failureHours();
    dto.failureCost = figures.failureCost();
    dto.atStakeHours = figures.atStakeHours();
    dto.lateDeliverables = figures.lateDeliverables();
    dto.delayDays = figures.delayDays();
    dto.delayCost = figures.delayCost();
    return dto;
  }

  static PatternDto pattern(PatternFigures figures, Texts texts) {
    PatternDto dto = new PatternDto();
    dto.id = figures.id().name();
    dto.name = texts.text(figures.id().nameKey());
    dto.explanation = texts.text(figures.id().explanationKey());
    dto.valueAreas = figures.valueAreas().stream().map(ValueArea::id).toList();
    dto.issues = figures.issues();
    dto.projects = figures.projects();
    dto.share = known(figures.share());
    dto.costHours = figures.costHours();
    dto.cost = figures.cost();
    dto.costBasis = figures.id().costBasis().name();
    dto.upToHours = figures.upToHours();
    dto.costByArea = areas(figures.costByArea());
    dto.beforePmo = period(figures.beforePmo());
    dto.sincePmo = period(figures.sincePmo());
    dto.quarters = figures.quarters().stream().map(ReportDtos::period).toList();
    return dto;
  }

  /**
   * @param evidence the issue keys the report kept, or none: only for a caller who may browse it
   */
  static ProjectDto project(
      ProjectSection project, boolean browsable, boolean evidence, Texts texts) {
    ProjectDto dto = new ProjectDto();
    dto.key = project.key();
    dto.name = project.name();
    dto.category = project.category();
    dto.closed = project.closed().toString();
    dto.issues = project.issues();
    dto.changelogsCutShort = project.changelogsCutShort();
    dto.kpis = KpisDto.of(project.kpis());
    dto.sponsorId = project.sponsorId();
    dto.scopeTags = project.scopeTags();
    dto.browsable = browsable;
    dto.patterns =
        project.patterns().stream()
            .map(p -> patternShown(p, browsable && evidence, texts))
            .toList();
    return dto;
  }

  static TrendDto.PointDto point(SnapshotProjects snapshot, VisibleProjects visible) {
    SeenProjects seen = SeenProjects.of(snapshot.projects(), visible);
    TrendDto.PointDto dto = new TrendDto.PointDto();
    dto.snapshotId = snapshot.header().id();
    dto.runId = snapshot.header().runId();
    dto.taken = snapshot.header().taken().toString();
    dto.projects = seen.projects();
    dto.issues = seen.issues();
    dto.wholePortfolio = seen.wholePortfolio();
    dto.kpis = KpisDto.of(seen.kpis());
    return dto;
  }

  static EvidenceDto.ProjectEvidence evidence(ProjectSection project, ProjectPattern pattern) {
    EvidenceDto.ProjectEvidence dto = new EvidenceDto.ProjectEvidence();
    dto.key = project.key();
    dto.name = project.name();
    dto.issueKeys = pattern.evidence();
    return dto;
  }

  static Map<String, Double> areas(Map<ValueArea, Double> byArea) {
    Map<String, Double> areas = new LinkedHashMap<>();
    for (ValueArea area : ValueArea.values()) {
      areas.put(area.id(), byArea.getOrDefault(area, 0.0));
    }
    return areas;
  }

  private static ProjectDto.PatternShown patternShown(
      ProjectPattern pattern, boolean evidence, Texts texts) {
    ProjectDto.PatternShown dto = new ProjectDto.PatternShown();
    dto.id = pattern.id().name();
    dto.name = texts.text(pattern.id().nameKey());
    dto.issues = pattern.issues();
    dto.share = known(pattern.share());
    dto.costHours = pattern.costHours();
    dto.cost = pattern.cost();
    dto.evidence = evidence ? pattern.evidence() : null;
    return dto;
  }

  private static PortfolioDto.SideDto side(PortfolioFigures.Side side) {
    if (side == null) {
      return null;
    }
    PortfolioDto.SideDto dto = new PortfolioDto.SideDto();
    dto.projects = side.projects();
    dto.issues = side.issues();
    dto.kpis = KpisDto.of(side.kpis());
    return dto;
  }

  private static PortfolioDto.ChangeDto change(KpiChange change, Texts texts) {
    PortfolioDto.ChangeDto dto = new PortfolioDto.ChangeDto();
    dto.kpi = change.measure().id();
    dto.name = texts.text(change.measure().nameKey());
    dto.before = known(change.before());
    dto.since = known(change.since());
    dto.change = known(change.change());
    dto.low = known(change.low());
    dto.high = known(change.high());
    dto.projectsBefore = change.projectsBefore();
    dto.projectsSince = change.projectsSince();
    dto.verdict = change.verdict();
    return dto;
  }

  /** The predictability gadget's words for the same cases. */
  private static String changesNote(ProjectSelection selection, Texts texts, String currency) {
    if (selection.pmoStart() == null) {
      return texts.text("pmobuyin.gadget.predictability.no-start");
    }
    if (!KpiChange.comparable(selection)) {
      Figures figures = new Figures(texts.locale(), currency);
      return texts.text(
          "pmobuyin.gadget.predictability.not-enough",
          figures.whole(selection.closedBeforePmo().size()),
          figures.whole(selection.closedSincePmo().size()),
          figures.whole(KpiChange.MIN_PROJECTS_PER_SIDE));
    }
    return null;
  }

  private static PortfolioDto.EngagementSideDto engagementSide(EngagementSection.Side side) {
    PortfolioDto.EngagementSideDto dto = new PortfolioDto.EngagementSideDto();
    dto.issues = side.issues();
    dto.kpis = KpisDto.of(side.kpis());
    dto.patternIssues = new LinkedHashMap<>();
    for (EngagementSection.SidePattern pattern : side.patterns()) {
      dto.patternIssues.put(pattern.id().name(), pattern.issues());
    }
    return dto;
  }

  private static PatternDto.PeriodDto period(PeriodShare share) {
    if (share == null) {
      return null;
    }
    PatternDto.PeriodDto dto = new PatternDto.PeriodDto();
    dto.period = share.period();
    dto.issues = share.issues();
    dto.affected = share.affected();
    dto.share = known(share.share());
    return dto;
  }

  static PatternId patternId(String id) {
    for (PatternId pattern : PatternId.values()) {
      if (pattern.name().equals(id)) {
        return pattern;
      }
    }
    return null;
  }
}
