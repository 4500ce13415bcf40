package io.pmobuyin.report;

import io.pmobuyin.mining.source.ImportSummary;
import java.util.List;

/**
 * The one immutable result everything renders: gadgets, brief, REST and the command line. It
 * aggregates; it never names, ranks or identifies a person. Stored and exported as JSON in exactly
 * this shape ({@code io.pmobuyin.report.json}): a new section is a new component here.
 *
 * @param imports what the sources read, with the duplicates mining found among it
 * @param patterns most costly first
 * @param projects by key
 * @param trend the portfolio's KPIs by quarter of project close and before / after the PMO start
 * @param sponsorship which closed projects had an executive sponsor
 * @param engagement issues the PMO engages with (by PMO Scope) against the rest
 * @param dates when it was mined; null in reports stored before it was kept
 * @param plan the improvement actions as they stood when it was mined; none in reports stored
 *     before the plan was kept
 */
public record PortfolioReport(
    int schemaVersion,
    String generator,
    ReportSettings settings,
    ImportSummary imports,
    PortfolioSection portfolio,
    List<PatternSection> patterns,
    List<ProjectSection> projects,
    KpiTrend trend,
    SponsorshipSection sponsorship,
    EngagementSection engagement,
    ReportDates dates,
    PlanSection plan) {

  public static final int SCHEMA_VERSION = 1;

  public PortfolioReport {
    patterns = List.copyOf(patterns);
    projects = List.copyOf(projects);
    plan = plan == null ? PlanSection.none() : plan;
  }

  /** A report without an improvement plan. */
  public PortfolioReport(
      int schemaVersion,
      String generator,
      ReportSettings settings,
      ImportSummary imports,
      PortfolioSection portfolio,
      List<PatternSection> patterns,
      List<ProjectSection> projects,
      KpiTrend trend,
      SponsorshipSection sponsorship,
      EngagementSection engagement,
      ReportDates dates) {
    this(
        schemaVersion,
        generator,
        settings,
        imports,
        portfolio,
        patterns,
        projects,
        trend,
        sponsorship,
        engagement,
        dates,
        PlanSection.none());
  }

  /** The same report with this improvement plan. */
  public PortfolioReport withPlan(PlanSection plan) {
    return new PortfolioReport(
        schemaVersion,
        generator,
        settings,
        imports,
        portfolio,
        patterns,
        projects,
        trend,
        sponsorship,
        engagement,
        dates,
        plan);
  }
}
