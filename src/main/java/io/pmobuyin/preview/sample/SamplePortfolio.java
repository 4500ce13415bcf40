package io.pmobuyin.preview.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ProjectLeadership;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A made-up portfolio of closed Jira projects, written as Jira REST search JSON so that it goes
 * through the same importer as a real export. Projects ran between 2021 and 2025; those that closed
 * after the PMO started show clearly fewer failure patterns.
 *
 * <p>Deterministic: the same arguments give byte-identical output, on any machine and in any page
 * size. Issues are generated one at a time while they are written, so memory does not depend on how
 * many are written.
 */
public final class SamplePortfolio {

  /** The seed of the embedded default portfolio. */
  public static final long STANDARD_SEED = 20_230_701L;

  private static final int STANDARD_PROJECTS = 45;
  private static final int STANDARD_ISSUES_PER_PROJECT = 500;
  private static final LocalDate STANDARD_PMO_START = LocalDate.of(2023, 7, 1);
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final LocalDate pmoStart;
  private final PortfolioPlanner planner;
  private final List<ProjectPlan> projects;

  private SamplePortfolio(long seed, int projects, int issuesPerProjectMean, LocalDate pmoStart) {
    this.pmoStart = pmoStart;
    this.planner = new PortfolioPlanner(seed, projects, issuesPerProjectMean, pmoStart);
    this.projects = planner.plan(0, 10_001L);
  }

  /** The embedded default: 45 projects, about 22,500 issues, PMO started on 1 July 2023. */
  public static SamplePortfolio standard() {
    return of(STANDARD_SEED, STANDARD_PROJECTS, STANDARD_ISSUES_PER_PROJECT, STANDARD_PMO_START);
  }

  /**
   * A portfolio of {@code projects} projects of {@code issuesPerProjectMean} issues on average (the
   * total is their product), closing between mid-2021 and December 2025, with the PMO starting on
   * {@code pmoStart} (best inside that span, so there is a before and an after).
   */
  public static SamplePortfolio of(
      long seed, int projects, int issuesPerProjectMean, LocalDate pmoStart) {
    if (projects < 1 || issuesPerProjectMean < 1) {
      throw new IllegalArgumentException(
          "need at least one project and one issue per project, got "
              + projects
              + " and "
              + issuesPerProjectMean);
    }
    return new SamplePortfolio(
        seed, projects, issuesPerProjectMean, Objects.requireNonNull(pmoStart, "pmoStart"));
  }

  public LocalDate pmoStart() {
    return pmoStart;
  }

  public int projectCount() {
    return projects.size();
  }

  public long issueCount() {
    return projects.stream().mapToLong(ProjectPlan::issueCount).sum();
  }

  /** How many active projects the sample lists beside its closed ones. */
  static final int ACTIVE_PROJECTS = 8;

  /**
   * Lead and sponsor of each closed project, and of a few active ones (a second round of projects,
   * with its own names, still running): what Jira's project settings and the Executive Sponsor
   * field tell inside Jira.
   */
  public PortfolioLeadership leadership() {
    List<ProjectLeadership> all = new ArrayList<>();
    for (ProjectPlan plan : projects) {
      all.add(leadershipOf(plan, false));
    }
    List<ProjectPlan> running = planner.plan(1, 0);
    for (ProjectPlan plan : running.subList(0, Math.min(ACTIVE_PROJECTS, running.size()))) {
      all.add(leadershipOf(plan, true));
    }
    return new PortfolioLeadership(all);
  }

  private static ProjectLeadership leadershipOf(ProjectPlan plan, boolean active) {
    return new ProjectLeadership(
        plan.key(),
        plan.name(),
        active ? null : plan.categoryName(),
        active,
        People.displayName(plan.lead()),
        false,
        plan.sponsor() == People.NOBODY ? null : People.sponsorDisplayName(plan.sponsor()),
        false);
  }

  /**
   * The sample PMO's improvement actions, dated from its PMO start: some that worked, one that did
   * not, one not started, one on too few projects to tell ({@link SampleActions}).
   */
  public PlanSection actions() {
    return SampleActions.of(pmoStart);
  }

  /**
   * The PMO's service catalogue behind the sample's PMO Scope values, and what it leaves to others.
   */
  public ServiceCatalogue catalogue() {
    List<CatalogueEntry> entries = new ArrayList<>();
    for (PmoScopeOption option : PmoScopeOption.values()) {
      entries.add(option.catalogueEntry());
    }
    entries.add(
        new CatalogueEntry(
            "svc-budget",
            "Budget approval",
            "Funding decisions and budget changes.",
            ScopeStatus.OTHER_DEPARTMENT,
            "Finance",
            false));
    entries.add(
        new CatalogueEntry(
            "svc-hiring",
            "Staffing and hiring",
            "Hiring and moving people between teams.",
            ScopeStatus.OTHER_DEPARTMENT,
            "People Operations",
            false));
    entries.add(
        new CatalogueEntry(
            "svc-tooling",
            "Tool administration",
            "Jira and Confluence configuration.",
            ScopeStatus.OTHER_DEPARTMENT,
            "IT Services",
            false));
    entries.add(
        new CatalogueEntry(
            "svc-status-meetings",
            "Weekly status meetings",
            "Replaced by the dashboards in 2024.",
            ScopeStatus.IN_SCOPE,
            null,
            true));
    return new ServiceCatalogue(entries);
  }

  /**
   * Writes the portfolio as the pages of one Jira search, {@code dir/search-0001.json} onwards,
   * {@code pageSize} issues a page (Jira's default is 100), projects one after another, issues in
   * key order within each project. Creates {@code dir} if needed and replaces earlier {@code
   * search-*.json} pages there.
   */
  public void writePages(Path dir, int pageSize) throws IOException {
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be positive, got " + pageSize);
    }
    new SearchPageWriter(JSON)
        .write(PortfolioIssues.once(planner, projects), issueCount(), dir, pageSize);
  }

  /**
   * Writes {@code issues} issues as JSON Lines, one issue object (as in a search page) per line.
   * The portfolio's own issues come first, in page order; past them, further projects are generated
   * (keys with a number, such as {@code ATLAS2}), so any count can be written, for example for
   * benchmarks. Does not close {@code out}.
   */
  public void writeJsonLines(OutputStream out, long issues) throws IOException {
    if (issues < 0) {
      throw new IllegalArgumentException("issue count must not be negative, got " + issues);
    }
    JiraJsonIssueWriter writer = new JiraJsonIssueWriter();
    PortfolioIssues stream = PortfolioIssues.cycling(planner, projects);
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(new SerializedString("\n"));
      for (long i = 0; i < issues; i++) {
        writer.write(json, stream.next());
      }
      if (issues > 0) {
        json.writeRaw('\n');
      }
    }
  }
}
