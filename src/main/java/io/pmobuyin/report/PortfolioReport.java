package io.pmobuyin.report;

import io.pmobuyin.mining.source.ImportSummary;
import java.util.List;

/**
 * The one immutable result everything renders: gadgets, brief, REST and the command line. It
 * aggregates; it never names, ranks or identifies a person.
 *
 * @param duplicateIssues issues delivered more than once by the source, counted once
 * @param patterns most costly first
 * @param projects by key
 * @param quarters KPIs by quarter of project close, oldest first
 * @param beforePmo KPIs of projects closed before the PMO start (null without a start date)
 * @param afterPmo KPIs of projects closed on or after it (null without a start date)
 * @param sponsorship which closed projects had an executive sponsor
 * @param engagement issues the PMO engages with (by PMO Scope) against the rest
 * @param dates when it was mined; null in reports stored before it was kept
 */
public record PortfolioReport(
    int schemaVersion,
    String generator,
    ReportSettings settings,
    ImportSummary imports,
    long duplicateIssues,
    PortfolioSection portfolio,
    List<PatternSection> patterns,
    List<ProjectSection> projects,
    List<KpiPoint> quarters,
    KpiPoint beforePmo,
    KpiPoint afterPmo,
    SponsorshipSection sponsorship,
    EngagementSection engagement,
    ReportDates dates) {

  public static final int SCHEMA_VERSION = 1;

  public PortfolioReport {
    patterns = List.copyOf(patterns);
    projects = List.copyOf(projects);
    quarters = List.copyOf(quarters);
  }
}
