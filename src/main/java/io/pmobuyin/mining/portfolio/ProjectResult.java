package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.ProjectRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** One closed project, mined: its KPIs, each pattern's tally, and when it closed. */
public final class ProjectResult {

  private final ProjectRecord project;
  private final LocalDate closed;
  private final long changelogsCutShort;
  private final Map<PatternId, PatternTally> patterns;
  private final ProjectEffort effort;
  private final KpiInputs kpiInputs;
  private final DeliveryKpis kpis;
  private final ProjectPeople people;
  private final EngagementTally engagement;

  ProjectResult(
      ProjectRecord project,
      LocalDate closed,
      long changelogsCutShort,
      Map<PatternId, PatternTally> patterns,
      ProjectEffort effort,
      KpiInputs kpiInputs,
      ProjectPeople people,
      EngagementTally engagement) {
    this.project = project;
    this.closed = closed;
    this.changelogsCutShort = changelogsCutShort;
    this.patterns = new EnumMap<>(patterns);
    this.effort = effort;
    this.kpiInputs = kpiInputs;
    this.kpis = kpiInputs.kpis();
    this.people = people;
    this.engagement = engagement;
  }

  /**
   * The KPIs of the given projects' issues that the PMO engages with (or not), pooled: the two
   * sides of "where the PMO engages, delivery improves".
   */
  public static DeliveryKpis pooledKpis(Collection<ProjectResult> projects, boolean engaged) {
    KpiInputs pooled = new KpiInputs();
    projects.forEach(project -> pooled.merge(project.engagement.kpis(engaged)));
    return pooled.kpis();
  }

  public ProjectPeople people() {
    return people;
  }

  /** Issues on one side of the engagement split. */
  public long issues(boolean engaged) {
    return engagement.kpis(engaged).issues;
  }

  /** Issues on one side of the split that show the pattern. */
  public long patternIssues(PatternId id, boolean engaged) {
    return engagement.patternIssues(id, engaged);
  }

  /** The KPIs of all the given projects' issues pooled (not an average of project KPIs). */
  public static DeliveryKpis pooledKpis(Collection<ProjectResult> projects) {
    KpiInputs pooled = new KpiInputs();
    projects.forEach(project -> pooled.merge(project.kpiInputs));
    return pooled.kpis();
  }

  public ProjectRecord project() {
    return project;
  }

  /** The day its last issue was resolved (or last touched). */
  public LocalDate closed() {
    return closed;
  }

  public long issues() {
    return kpis.issues();
  }

  public long changelogsCutShort() {
    return changelogsCutShort;
  }

  public DeliveryKpis kpis() {
    return kpis;
  }

  /** Its effort, each issue once, and what failure and delay took of it. */
  public ProjectEffort effort() {
    return effort;
  }

  public PatternTally pattern(PatternId id) {
    return patterns.getOrDefault(id, PatternTally.none());
  }
}
