package io.pmobuyin.jira.rest;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /report}: the latest report's portfolio over the projects the caller may see
 * in aggregates (every project for executives and admins, the browsable ones for everyone else),
 * narrowed by category and period if asked.
 */
public class PortfolioDto {

  public long snapshotId;
  public String taken;

  /** {@code portfolio} (executives, admins) or {@code browsable} (the projects one may browse). */
  public String visibility;

  /** Every closed project of the report is counted: no category or period, nothing hidden. */
  public boolean wholePortfolio;

  public String category;
  public String period;
  public String pmoStart;
  public String currency;
  public long projects;
  public long issues;
  public double costHours;
  public double cost;

  /** {@code employee}, {@code customer}, {@code financial}. */
  public Map<String, Double> costByArea;

  /**
   * What the cost is read against, each issue once: all effort, how much of it logged, what failure
   * took of it. Null for a report stored before effort was kept.
   */
  public EffortDto effort;

  /**
   * When the data was mined, a missing PMO start, what the money assumes: as the gadgets say it.
   */
  public List<String> notes;

  /** Each project's KPIs weighted by its issues, as the gadgets show them. */
  public KpisDto kpis;

  /** Pooled over every issue, as mined; only when {@link #wholePortfolio}, else null. */
  public KpisDto pooledKpis;

  public SideDto beforePmo;
  public SideDto sincePmo;
  public List<ChangeDto> changes;

  /** Why {@link #changes} is empty (no PMO start, too few projects); null when it is not. */
  public String changesNote;

  public SponsorshipDto sponsorship;
  public PmoScopeDto pmoScope;

  /** The projects closed on one side of the PMO start. */
  /** The effort behind the cost figures, in hours. */
  public static class EffortDto {
    public double hours;
    public double recordedHours;
    public double issuesWithoutEffort;
    public double failureHours;
    public double failureCost;
    public double atStakeHours;
    public long lateDeliverables;
    public long delayDays;
    public double delayCost;
  }

  public static class SideDto {
    public long projects;
    public long issues;
    public KpisDto kpis;
  }

  /** How a KPI changed since the PMO start, with its 95 % bootstrap interval. */
  public static class ChangeDto {
    public String kpi;
    public String name;
    public Double before;
    public Double since;
    public Double change;
    public Double low;
    public Double high;
    public int projectsBefore;
    public int projectsSince;

    /** {@code better}, {@code worse}, or {@code unclear} while the interval spans zero. */
    public String verdict;
  }

  /** Projects whose issues named an executive sponsor; sponsors themselves are not listed here. */
  public static class SponsorshipDto {
    public long projects;
    public long withSponsor;
    public Double coverage;
  }

  /** PMO Scope: issues per catalogue entry, and the engaged/not-engaged split when whole. */
  public static class PmoScopeDto {
    public Map<String, Long> tags;

    /** Pooled over issues, so only when {@link #wholePortfolio}; else null. */
    public EngagementSideDto engaged;

    public EngagementSideDto notEngaged;
  }

  /** One side of the PMO Scope split. */
  public static class EngagementSideDto {
    public long issues;
    public KpisDto kpis;
    public Map<String, Long> patternIssues;
  }
}
