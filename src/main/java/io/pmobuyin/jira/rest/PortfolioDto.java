package io.pmobuyin.jira.rest;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /report}: the latest report's portfolio over the projects the caller may see
 * in aggregates (every project for executives and admins, the browsable ones for everyone else),
 * narrowed by category and period if asked.
 *
 * @param visibility {@code portfolio} (executives, admins) or {@code browsable} (the projects one
 *     may browse)
 * @param wholePortfolio every closed project of the report is counted: no category or period,
 *     nothing hidden
 * @param costByArea {@code employee}, {@code customer}, {@code financial}
 * @param effort what the cost is read against, each issue once: all effort, how much of it logged,
 *     what failure took of it. Null for a report stored before effort was kept.
 * @param notes when the data was mined, a missing PMO start, what the money assumes: as the gadgets
 *     say it
 * @param kpis each project's KPIs weighted by its issues, as the gadgets show them
 * @param pooledKpis pooled over every issue, as mined; only when {@code wholePortfolio}, else null
 * @param changesNote why {@code changes} is empty (no PMO start, too few projects); null when it is
 *     not
 */
public record PortfolioDto(
    long snapshotId,
    String taken,
    String visibility,
    boolean wholePortfolio,
    String category,
    String period,
    String pmoStart,
    String currency,
    long projects,
    long issues,
    double costHours,
    double cost,
    Map<String, Double> costByArea,
    EffortDto effort,
    List<String> notes,
    KpisDto kpis,
    KpisDto pooledKpis,
    SideDto beforePmo,
    SideDto sincePmo,
    List<ChangeDto> changes,
    String changesNote,
    SponsorshipDto sponsorship,
    PmoScopeDto pmoScope) {

  /** The effort behind the cost figures, in hours. */
  public record EffortDto(
      double hours,
      double recordedHours,
      double issuesWithoutEffort,
      double failureHours,
      double failureCost,
      double atStakeHours,
      long lateDeliverables,
      long delayDays,
      double delayCost) {}

  /** The projects closed on one side of the PMO start. */
  public record SideDto(long projects, long issues, KpisDto kpis) {}

  /**
   * How a KPI changed since the PMO start, with its 95 % bootstrap interval.
   *
   * @param verdict {@code better}, {@code worse}, or {@code unclear} while the interval spans zero
   */
  public record ChangeDto(
      String kpi,
      String name,
      Double before,
      Double since,
      Double change,
      Double low,
      Double high,
      int projectsBefore,
      int projectsSince,
      String verdict) {}

  /** Projects whose issues named an executive sponsor; sponsors themselves are not listed here. */
  public record SponsorshipDto(long projects, long withSponsor, Double coverage) {}

  /**
   * PMO Scope: issues per catalogue entry, and the engaged/not-engaged split when whole.
   *
   * @param engaged pooled over issues, so only when the portfolio is whole; else null
   */
  public record PmoScopeDto(
      Map<String, Long> tags, EngagementSideDto engaged, EngagementSideDto notEngaged) {}

  /** One side of the PMO Scope split. */
  public record EngagementSideDto(long issues, KpisDto kpis, Map<String, Long> patternIssues) {}
}
