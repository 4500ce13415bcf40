package io.pmobuyin.testing;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.mining.portfolio.IssueKeys;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.report.EngagementSection;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.KpiPoint;
import io.pmobuyin.report.KpiTrend;
import io.pmobuyin.report.PatternSection;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.PortfolioSection;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.report.Quarter;
import io.pmobuyin.report.ReportDates;
import io.pmobuyin.report.ReportSettings;
import io.pmobuyin.report.SponsorshipSection;
import io.pmobuyin.report.TrendPoint;
import io.pmobuyin.report.analysis.WeightedKpis;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.EffortFigures;
import io.pmobuyin.value.PatternCost;
import io.pmobuyin.value.ValueRates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Makes a {@link PortfolioReport} directly, without mining issues: the projects a test names, and
 * the report's other parts (portfolio totals, pattern sections, quarters, before/after the PMO)
 * derived from them the way the assembler derives them, so the report is consistent ({@code
 * ReportBuilderAgreesWithTheAssemblerTest} holds it to that on mined projects).
 *
 * <pre>{@code
 * aReport()
 *     .pmoStart(LocalDate.of(2024, 1, 1))
 *     .project(aProject("ABC").category("Closed").closed(LocalDate.of(2024, 3, 1)).issues(100)
 *         .pattern(PatternId.SCOPE_CREEP, 30, 120.0, 12000.0)
 *         .kpis(kpis().onTime(0.6).slipDays(4).scopeGrowth(0.3).rework(0.1)))
 *     .build();
 * }</pre>
 */
public final class ReportBuilder {

  private java.time.Instant minedAt;

  private LocalDate pmoStart;
  private ValueRates rates = ValueRates.defaults();
  private final List<ProjectBuilder> projects = new ArrayList<>();
  private final List<ImprovementAction> actions = new ArrayList<>();

  private ReportBuilder() {}

  public static ReportBuilder aReport() {
    return new ReportBuilder();
  }

  public static ProjectBuilder aProject(String key) {
    return new ProjectBuilder(key);
  }

  public static KpisBuilder kpis() {
    return new KpisBuilder();
  }

  /** Null (the default) for a report without a PMO start date. */
  public ReportBuilder pmoStart(LocalDate start) {
    this.pmoStart = start;
    return this;
  }

  /** When the report says it was mined; by default it does not say. */
  public ReportBuilder minedAt(java.time.Instant at) {
    this.minedAt = at;
    return this;
  }

  public ReportBuilder currency(String currency) {
    ValueRates d = ValueRates.defaults();
    this.rates =
        new ValueRates(d.hourlyRate(), d.costOfDelayPerDay(), currency, d.fallbackHoursPerIssue());
    return this;
  }

  public ReportBuilder project(ProjectBuilder project) {
    projects.add(project);
    return this;
  }

  /** A project as a report already holds it, such as one the assembler made. */
  public ReportBuilder project(ProjectSection section) {
    projects.add(ProjectBuilder.of(section));
    return this;
  }

  public ReportBuilder projects(ProjectBuilder... more) {
    projects.addAll(List.of(more));
    return this;
  }

  /** Improvement actions the report's plan holds. */
  public ReportBuilder actions(ImprovementAction... more) {
    actions.addAll(List.of(more));
    return this;
  }

  public PortfolioReport build() {
    List<ProjectSection> sections =
        projects.stream()
            .map(ProjectBuilder::build)
            .sorted(Comparator.comparing(ProjectSection::key))
            .toList();
    long issues = sections.stream().mapToLong(ProjectSection::issues).sum();
    List<PatternSection> patterns = new ArrayList<>();
    for (PatternId id : PatternId.values()) {
      patterns.add(pattern(id, sections, issues));
    }
    patterns.sort(
        Comparator.comparingDouble((PatternSection p) -> -p.cost().money())
            .thenComparing(PatternSection::id));
    Map<ValueArea, Double> byArea = new EnumMap<>(ValueArea.class);
    double hours = 0;
    double money = 0;
    for (PatternSection pattern : patterns) {
      hours += pattern.cost().hours();
      money += pattern.cost().money();
      pattern.cost().moneyByArea().forEach((area, m) -> byArea.merge(area, m, Double::sum));
    }
    List<KpiPoint> quarters = new ArrayList<>();
    byQuarter(sections).forEach((quarter, closed) -> quarters.add(kpiPoint(quarter, closed)));
    return new PortfolioReport(
        PortfolioReport.SCHEMA_VERSION,
        "ReportBuilder",
        new ReportSettings(pmoStart, "UTC", rates),
        new ImportSummary(1, issues, 0, 0, List.of(), 0),
        new PortfolioSection(sections.size(), issues, pooled(sections), hours, money, byArea, null),
        patterns,
        sections,
        new KpiTrend(
            quarters,
            pmoStart == null ? null : kpiPoint("before-pmo", filter(sections, this::before)),
            pmoStart == null ? null : kpiPoint("after-pmo", filter(sections, p -> !before(p)))),
        new SponsorshipSection(sections.size(), 0, 0, List.of()),
        new EngagementSection(noSide(), noSide()),
        // Built by hand, not mined: the report says when it was mined only if told.
        minedAt == null ? null : new ReportDates(minedAt, null),
        new PlanSection(actions));
  }

  /** The views read neither side of the PMO Scope split; the report needs both. */
  private static EngagementSection.Side noSide() {
    return new EngagementSection.Side(0, pooled(List.of()), List.of());
  }

  private boolean before(ProjectSection project) {
    return project.closed().isBefore(pmoStart);
  }

  private PatternSection pattern(PatternId id, List<ProjectSection> sections, long issues) {
    long affected = 0;
    long affectedProjects = 0;
    double hours = 0;
    double money = 0;
    for (ProjectSection project : sections) {
      ProjectPattern found = find(project, id);
      if (found != null) {
        affected += found.issues();
        affectedProjects++;
        hours += found.costHours();
        money += found.cost();
      }
    }
    List<TrendPoint> trend = new ArrayList<>();
    byQuarter(sections).forEach((quarter, closed) -> trend.add(trendPoint(id, quarter, closed)));
    return new PatternSection(
        id,
        affected,
        affectedProjects,
        issues == 0 ? 0 : (double) affected / issues,
        id.valueAreas(),
        new PatternCost(
            id.costBasis(), hours, money, CostModel.splitOverAreas(id, money), hours, hours, 0, 0),
        trend,
        pmoStart == null ? null : trendPoint(id, "before-pmo", filter(sections, this::before)),
        pmoStart == null ? null : trendPoint(id, "after-pmo", filter(sections, p -> !before(p))));
  }

  private static TrendPoint trendPoint(PatternId id, String period, List<ProjectSection> closed) {
    long issues = closed.stream().mapToLong(ProjectSection::issues).sum();
    long affected =
        closed.stream()
            .map(p -> find(p, id))
            .filter(p -> p != null)
            .mapToLong(ProjectPattern::issues)
            .sum();
    return new TrendPoint(
        period, closed.size(), issues, affected, issues == 0 ? 0 : (double) affected / issues);
  }

  private static KpiPoint kpiPoint(String period, List<ProjectSection> closed) {
    return new KpiPoint(period, closed.size(), pooled(closed));
  }

  /** Issue-weighted means of the projects' KPIs, as the gadgets combine them. */
  private static DeliveryKpis pooled(List<ProjectSection> closed) {
    return WeightedKpis.of(closed);
  }

  private static Map<String, List<ProjectSection>> byQuarter(List<ProjectSection> sections) {
    Map<String, List<ProjectSection>> quarters = new TreeMap<>();
    for (ProjectSection project : sections) {
      quarters
          .computeIfAbsent(Quarter.of(project.closed()).label(), q -> new ArrayList<>())
          .add(project);
    }
    return quarters;
  }

  private static List<ProjectSection> filter(
      List<ProjectSection> sections, Predicate<ProjectSection> keep) {
    return sections.stream().filter(keep).toList();
  }

  private static ProjectPattern find(ProjectSection project, PatternId id) {
    return project.patterns().stream().filter(p -> p.id() == id).findFirst().orElse(null);
  }

  /** One closed project; by default 100 issues, closed 2024-01-15, no category, no pattern. */
  public static final class ProjectBuilder {

    private final String key;
    private String name;
    private String category;
    private LocalDate closed = LocalDate.of(2024, 1, 15);
    private long issues = 100;
    private KpisBuilder kpis = new KpisBuilder();
    private final List<PatternSpec> patterns = new ArrayList<>();
    private String sponsorId;
    private final Map<String, Long> scopeTags = new TreeMap<>();
    private EffortFigures effort;
    private ProjectSection ready;

    private ProjectBuilder(String key) {
      this.key = key;
      this.name = "Project " + key;
    }

    public ProjectBuilder name(String name) {
      this.name = name;
      return this;
    }

    public ProjectBuilder category(String category) {
      this.category = category;
      return this;
    }

    public ProjectBuilder closed(LocalDate closed) {
      this.closed = closed;
      return this;
    }

    public ProjectBuilder closed(int year, int month, int day) {
      return closed(LocalDate.of(year, month, day));
    }

    public ProjectBuilder issues(long issues) {
      this.issues = issues;
      return this;
    }

    /** The pattern in {@code affected} of the project's issues, costing these hours and money. */
    public ProjectBuilder pattern(PatternId id, long affected, double costHours, double cost) {
      patterns.add(new PatternSpec(id, affected, costHours, cost));
      return this;
    }

    /** The pattern with a cost of 100 per hour, as the default rates price it. */
    public ProjectBuilder pattern(PatternId id, long affected, double cost) {
      return pattern(id, affected, cost / 100, cost);
    }

    /** The executive sponsor its issues named, by the opaque id the report keeps. */
    public ProjectBuilder sponsor(String sponsorId) {
      this.sponsorId = sponsorId;
      return this;
    }

    /** {@code issues} of its issues carry this PMO Scope entry. */
    public ProjectBuilder scopeTag(String entryId, long issues) {
      scopeTags.put(entryId, issues);
      return this;
    }

    /** Its effort figures; none (as from a report that predates them) unless given. */
    public ProjectBuilder effort(EffortFigures effort) {
      this.effort = effort;
      return this;
    }

    public ProjectBuilder kpis(KpisBuilder kpis) {
      this.kpis = kpis;
      return this;
    }

    public ProjectSection build() {
      if (ready != null) {
        return ready;
      }
      List<ProjectPattern> shown = new ArrayList<>();
      for (PatternSpec p : patterns) {
        shown.add(
            new ProjectPattern(
                p.id(),
                p.affected(),
                issues == 0 ? 0 : (double) p.affected() / issues,
                p.costHours(),
                p.cost(),
                p.costHours(),
                List.of(key + "-1"),
                issueKeys(p.affected())));
      }
      return new ProjectSection(
          key,
          name,
          category,
          closed,
          issues,
          0,
          kpis.build(issues),
          shown,
          sponsorId,
          scopeTags,
          effort);
    }

    /**
     * Its first {@code affected} issues, {@code KEY-1} to {@code KEY-n}, as a pattern's keys; none
     * for a key not of Jira's form (a test of hostile names).
     */
    private IssueKeys issueKeys(long affected) {
      if (affected == 0 || !IssueKeys.isKey(key + "-1")) {
        return null;
      }
      return IssueKeys.parse(affected == 1 ? key + "-1" : key + "-1.." + affected);
    }

    private record PatternSpec(PatternId id, long affected, double costHours, double cost) {}

    /** Holds a ready section, built as it is. */
    private static ProjectBuilder of(ProjectSection section) {
      ProjectBuilder builder = new ProjectBuilder(section.key());
      builder.ready = section;
      return builder;
    }
  }

  /**
   * A project's delivery KPIs; by default on time 70 %, 3 days slip, 20 % scope growth, 10 %
   * rework, the rest plausible.
   */
  public static final class KpisBuilder {

    private double onTime = 0.7;
    private double slipDays = 3;
    private double scopeGrowth = 0.2;
    private double rework = 0.1;

    private KpisBuilder() {}

    public KpisBuilder onTime(double rate) {
      this.onTime = rate;
      return this;
    }

    public KpisBuilder slipDays(double days) {
      this.slipDays = days;
      return this;
    }

    public KpisBuilder scopeGrowth(double growth) {
      this.scopeGrowth = growth;
      return this;
    }

    public KpisBuilder rework(double rate) {
      this.rework = rate;
      return this;
    }

    DeliveryKpis build(long issues) {
      return new DeliveryKpis(
          issues,
          Math.round(issues * 0.9),
          onTime,
          slipDays,
          scopeGrowth,
          rework,
          0.6,
          0.05,
          4,
          12,
          5,
          70);
    }
  }
}
