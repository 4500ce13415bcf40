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

/**
 * The report's figures as the REST API's records. Every figure is computed elsewhere (mostly in
 * {@code report/analysis}) and copied here, never summed or weighted. What it decides itself: what
 * a caller does not get (pooled KPIs and the engaged split unless the whole portfolio is counted,
 * issue keys unless the caller may browse the project and asked for them), unknown figures as null,
 * a value area without cost as 0, and which note says why the KPI changes are missing.
 */
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
    String currency = report.settings().rates().currency();
    return new PortfolioDto(
        stored.header().id(),
        stored.header().taken().toString(),
        visibility,
        whole,
        query.category(),
        query.periodId(),
        selection.pmoStart() == null ? null : selection.pmoStart().toString(),
        currency,
        figures.projects(),
        figures.issues(),
        figures.costHours(),
        figures.cost(),
        areas(figures.costByArea()),
        effort(selection.effort()),
        GadgetNotes.of(new GadgetInput(report, query, null, null, null, texts, ""), true),
        KpisDto.of(figures.kpis()),
        whole ? KpisDto.of(report.portfolio().kpis()) : null,
        side(figures.beforePmo()),
        side(figures.sincePmo()),
        figures.changes().stream().map(c -> change(c, texts)).toList(),
        changesNote(selection, texts, currency),
        new PortfolioDto.SponsorshipDto(
            figures.projects(), figures.withSponsor(), known(figures.sponsorCoverage())),
        pmoScope(report, figures, whole));
  }

  /** The engaged/not-engaged split is pooled over issues: only for the whole portfolio. */
  private static PortfolioDto.PmoScopeDto pmoScope(
      PortfolioReport report, PortfolioFigures figures, boolean whole) {
    return new PortfolioDto.PmoScopeDto(
        figures.scopeTags(),
        whole ? engagementSide(report.engagement().engaged()) : null,
        whole ? engagementSide(report.engagement().notEngaged()) : null);
  }

  private static PortfolioDto.EffortDto effort(EffortFigures figures) {
    if (figures == null) {
      return null;
    }
    return new PortfolioDto.EffortDto(
        figures.hours(),
        figures.recordedHours(),
        figures.issuesWithoutEffort(),
        figures.failureHours(),
        figures.failureCost(),
        figures.atStakeHours(),
        figures.lateDeliverables(),
        figures.delayDays(),
        figures.delayCost());
  }

  static PatternDto pattern(PatternFigures figures, Texts texts) {
    return new PatternDto(
        figures.id().name(),
        texts.text(figures.id().nameKey()),
        texts.text(figures.id().explanationKey()),
        figures.valueAreas().stream().map(ValueArea::id).toList(),
        figures.issues(),
        figures.projects(),
        known(figures.share()),
        figures.costHours(),
        figures.cost(),
        figures.id().costBasis().name(),
        figures.upToHours(),
        areas(figures.costByArea()),
        period(figures.beforePmo()),
        period(figures.sincePmo()),
        figures.quarters().stream().map(ReportDtos::period).toList());
  }

  /**
   * @param evidence the issue keys the report kept, or none: only for a caller who may browse it
   */
  static ProjectDto project(
      ProjectSection project, boolean browsable, boolean evidence, Texts texts) {
    return new ProjectDto(
        project.key(),
        project.name(),
        project.category(),
        project.closed().toString(),
        project.issues(),
        project.changelogsCutShort(),
        KpisDto.of(project.kpis()),
        project.sponsorId(),
        project.scopeTags(),
        browsable,
        project.patterns().stream()
            .map(p -> patternShown(p, browsable && evidence, texts))
            .toList());
  }

  static TrendDto.PointDto point(SnapshotProjects snapshot, VisibleProjects visible) {
    SeenProjects seen = SeenProjects.of(snapshot.projects(), visible);
    return new TrendDto.PointDto(
        snapshot.header().id(),
        snapshot.header().runId(),
        snapshot.header().taken().toString(),
        seen.projects(),
        seen.issues(),
        seen.wholePortfolio(),
        KpisDto.of(seen.kpis()));
  }

  static EvidenceDto.ProjectEvidence evidence(ProjectSection project, ProjectPattern pattern) {
    return new EvidenceDto.ProjectEvidence(project.key(), project.name(), pattern.evidence());
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
    return new ProjectDto.PatternShown(
        pattern.id().name(),
        texts.text(pattern.id().nameKey()),
        pattern.issues(),
        known(pattern.share()),
        pattern.costHours(),
        pattern.cost(),
        evidence ? pattern.evidence() : null);
  }

  private static PortfolioDto.SideDto side(PortfolioFigures.Side side) {
    if (side == null) {
      return null;
    }
    return new PortfolioDto.SideDto(side.projects(), side.issues(), KpisDto.of(side.kpis()));
  }

  private static PortfolioDto.ChangeDto change(KpiChange change, Texts texts) {
    return new PortfolioDto.ChangeDto(
        change.measure().id(),
        texts.text(change.measure().nameKey()),
        known(change.before()),
        known(change.since()),
        known(change.change()),
        known(change.low()),
        known(change.high()),
        change.projectsBefore(),
        change.projectsSince(),
        change.verdict());
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
    Map<String, Long> patternIssues = new LinkedHashMap<>();
    for (EngagementSection.SidePattern pattern : side.patterns()) {
      patternIssues.put(pattern.id().name(), pattern.issues());
    }
    return new PortfolioDto.EngagementSideDto(
        side.issues(), KpisDto.of(side.kpis()), patternIssues);
  }

  private static PatternDto.PeriodDto period(PeriodShare share) {
    if (share == null) {
      return null;
    }
    return new PatternDto.PeriodDto(
        share.period(), share.issues(), share.affected(), known(share.share()));
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
