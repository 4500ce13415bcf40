package io.pmobuyin.report;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PatternTally;
import io.pmobuyin.mining.portfolio.ProjectEffort;
import io.pmobuyin.mining.portfolio.ProjectResult;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.EffortFigures;
import io.pmobuyin.value.PatternCost;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a mined portfolio into the report: costs, shares, trends, per-project sections. */
public final class ReportAssembler {

  private final MiningConfig config;
  private final CostModel costs;
  private final String generator;
  private final Clock clock;

  public ReportAssembler(MiningConfig config, CostModel costs, String generator) {
    this(config, costs, generator, Clock.systemUTC());
  }

  /**
   * @param clock when the report is made, as it says it was mined
   */
  public ReportAssembler(MiningConfig config, CostModel costs, String generator, Clock clock) {
    this.config = config;
    this.costs = costs;
    this.generator = generator;
    this.clock = clock;
  }

  public PortfolioReport assemble(MinedPortfolio mined, ImportSummary imports) {
    return assemble(mined, imports, PlanSection.none());
  }

  /**
   * @param plan the improvement actions read for this run, kept in the report as they stood
   */
  public PortfolioReport assemble(MinedPortfolio mined, ImportSummary imports, PlanSection plan) {
    List<ProjectResult> projects = mined.projects();
    long issues = mined.issues();
    List<PatternSection> patterns = new ArrayList<>();
    for (PatternId id : PatternId.values()) {
      patterns.add(pattern(id, projects, issues));
    }
    // Costliest first; patterns whose cost the data cannot separate by what they can have cost.
    patterns.sort(
        Comparator.comparingDouble((PatternSection p) -> -p.cost().money())
            .thenComparingDouble(p -> -p.cost().upToHours())
            .thenComparing(PatternSection::id));
    LocalDate pmoStart = config.pmoStart();
    return new PortfolioReport(
        PortfolioReport.SCHEMA_VERSION,
        generator,
        new ReportSettings(pmoStart, config.zone().getId(), costs.rates()),
        imports.afterMining(mined.uncategorisedStatuses(), mined.duplicateIssues()),
        portfolio(projects, issues, patterns),
        patterns,
        projects.stream().map(this::project).toList(),
        new KpiTrend(
            quarters(projects),
            pmoStart == null
                ? null
                : kpiPoint(
                    ProjectPeriods.BEFORE_PMO, ProjectPeriods.closedBefore(projects, pmoStart)),
            pmoStart == null
                ? null
                : kpiPoint(
                    ProjectPeriods.AFTER_PMO, ProjectPeriods.closedFrom(projects, pmoStart))),
        sponsorship(projects),
        new EngagementSection(side(projects, true), side(projects, false)),
        new ReportDates(clock.instant().truncatedTo(ChronoUnit.SECONDS), firstScopeUse(projects)),
        plan);
  }

  private LocalDate firstScopeUse(List<ProjectResult> projects) {
    return projects.stream()
        .map(project -> project.people().firstScopeUse())
        .filter(java.util.Objects::nonNull)
        .min(Instant::compareTo)
        .map(first -> first.atZone(config.zone()).toLocalDate())
        .orElse(null);
  }

  private static SponsorshipSection sponsorship(List<ProjectResult> projects) {
    Map<String, List<String>> bySponsor = new TreeMap<>();
    for (ProjectResult project : projects) {
      String sponsor = project.people().sponsorId();
      if (sponsor != null) {
        bySponsor.computeIfAbsent(sponsor, s -> new ArrayList<>()).add(project.project().key());
      }
    }
    long withSponsor = bySponsor.values().stream().mapToLong(List::size).sum();
    List<SponsorshipSection.SponsorProjects> sponsors = new ArrayList<>();
    bySponsor.forEach(
        (sponsor, keys) -> sponsors.add(new SponsorshipSection.SponsorProjects(sponsor, keys)));
    return new SponsorshipSection(
        projects.size(), withSponsor, share(withSponsor, projects.size()), sponsors);
  }

  private static EngagementSection.Side side(List<ProjectResult> projects, boolean engaged) {
    long issues = projects.stream().mapToLong(p -> p.issues(engaged)).sum();
    List<EngagementSection.SidePattern> patterns = new ArrayList<>();
    for (PatternId id : PatternId.values()) {
      long affected = projects.stream().mapToLong(p -> p.patternIssues(id, engaged)).sum();
      patterns.add(new EngagementSection.SidePattern(id, affected, share(affected, issues)));
    }
    return new EngagementSection.Side(
        issues, ProjectResult.pooledKpis(projects, engaged), patterns);
  }

  private PatternSection pattern(PatternId id, List<ProjectResult> projects, long issues) {
    PatternTally total = PatternTally.none();
    long affectedProjects = 0;
    for (ProjectResult project : projects) {
      PatternTally tally = project.pattern(id);
      total = total.plus(tally);
      affectedProjects += tally.issues() > 0 ? 1 : 0;
    }
    List<TrendPoint> trend = new ArrayList<>();
    ProjectPeriods.byQuarter(projects)
        .forEach((quarter, closed) -> trend.add(trendPoint(id, quarter, closed)));
    LocalDate pmoStart = config.pmoStart();
    return new PatternSection(
        id,
        total.issues(),
        affectedProjects,
        share(total.issues(), issues),
        costs.rates().areasOf(id),
        costs.cost(id, total),
        trend,
        pmoStart == null
            ? null
            : trendPoint(
                id, ProjectPeriods.BEFORE_PMO, ProjectPeriods.closedBefore(projects, pmoStart)),
        pmoStart == null
            ? null
            : trendPoint(
                id, ProjectPeriods.AFTER_PMO, ProjectPeriods.closedFrom(projects, pmoStart)));
  }

  private static TrendPoint trendPoint(PatternId id, String period, List<ProjectResult> projects) {
    long issues = projects.stream().mapToLong(ProjectResult::issues).sum();
    long affected = projects.stream().mapToLong(p -> p.pattern(id).issues()).sum();
    return new TrendPoint(period, projects.size(), issues, affected, share(affected, issues));
  }

  private PortfolioSection portfolio(
      List<ProjectResult> projects, long issues, List<PatternSection> patterns) {
    Map<ValueArea, Double> byArea = new EnumMap<>(ValueArea.class);
    for (PatternSection pattern : patterns) {
      pattern
          .cost()
          .moneyByArea()
          .forEach((area, amount) -> byArea.merge(area, amount, Double::sum));
    }
    ProjectEffort effort = ProjectEffort.NONE;
    for (ProjectResult project : projects) {
      effort = effort.plus(project.effort());
    }
    EffortFigures figures = costs.effort(effort);
    return new PortfolioSection(
        projects.size(),
        issues,
        ProjectResult.pooledKpis(projects),
        figures.failureHours(),
        figures.failureCost(),
        byArea,
        figures);
  }

  private ProjectSection project(ProjectResult result) {
    List<ProjectSection.ProjectPattern> patterns = new ArrayList<>();
    for (PatternId id : PatternId.values()) {
      PatternTally tally = result.pattern(id);
      if (tally.issues() > 0) {
        PatternCost cost = costs.cost(id, tally);
        patterns.add(
            new ProjectSection.ProjectPattern(
                id,
                tally.issues(),
                share(tally.issues(), result.issues()),
                cost.hours(),
                cost.money(),
                cost.upToHours(),
                tally.evidence(),
                tally.keys()));
      }
    }
    return new ProjectSection(
        result.project().key(),
        result.project().name(),
        result.project().category(),
        result.closed(),
        result.issues(),
        result.changelogsCutShort(),
        result.kpis(),
        patterns,
        result.people().sponsorId(),
        result.people().scopeTags(),
        costs.effort(result.effort()));
  }

  private static List<KpiPoint> quarters(List<ProjectResult> projects) {
    List<KpiPoint> points = new ArrayList<>();
    ProjectPeriods.byQuarter(projects)
        .forEach((quarter, closed) -> points.add(kpiPoint(quarter, closed)));
    return points;
  }

  private static KpiPoint kpiPoint(String period, List<ProjectResult> projects) {
    return new KpiPoint(period, projects.size(), ProjectResult.pooledKpis(projects));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
