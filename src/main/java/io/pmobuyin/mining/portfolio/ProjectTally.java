package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.ScopeEngagement;
import io.pmobuyin.mining.history.VersionMove;
import io.pmobuyin.mining.history.VersionPlan;
import io.pmobuyin.mining.pattern.AbandonedWorkPattern;
import io.pmobuyin.mining.pattern.EstimationMissPattern;
import io.pmobuyin.mining.pattern.FailurePattern;
import io.pmobuyin.mining.pattern.IssueView;
import io.pmobuyin.mining.pattern.MinedIssue;
import io.pmobuyin.mining.pattern.MiningContext;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects one project's issues as they stream in. Once all are in: {@link #settle()} drops
 * duplicates, then {@link #close} judges the timeline-dependent patterns and counts everything.
 */
final class ProjectTally {

  private final MiningConfig config;
  private final ScopeEngagement engagement;
  private final ProjectMetadata metadata;
  private final ProjectPeopleVotes people = new ProjectPeopleVotes();
  private final IssueRows rows;
  private final ProjectVersions versions;
  private final Instant baseline;
  private Instant firstScopeUse;
  private final ProjectCosts costs;
  private int[] distinct;
  private long start = Long.MAX_VALUE;
  private long end = Long.MIN_VALUE;

  /**
   * @param types the portfolio's issue types, each held once
   */
  ProjectTally(String key, MiningConfig config, ScopeEngagement engagement, NameTable types) {
    this.config = config;
    this.engagement = engagement;
    this.metadata = new ProjectMetadata(key);
    this.baseline = config.projectBaseline(key);
    this.versions = new ProjectVersions(config.zone());
    this.rows = new IssueRows(key, types, versions.names());
    this.costs = new ProjectCosts(config.evidenceLimit());
  }

  void describe(ProjectRecord project) {
    metadata.merge(project);
    versions.describe(project.versions());
  }

  void add(IssueView view, int patternBits) {
    IssueRecord issue = view.issue();
    start = Math.min(start, issue.created().toEpochMilli());
    end = Math.max(end, view.history().end().toEpochMilli());
    people.add(issue.type(), issue.sponsorId(), issue.pmoScope());
    if (!issue.pmoScope().isEmpty()
        && (firstScopeUse == null || issue.created().isBefore(firstScopeUse))) {
      firstScopeUse = issue.created();
    }
    versions.describe(issue.fixVersions());
    IssuePlans plans = plans(view);
    int flags = flags(view);
    if (plans != null && !plans.plans().isEmpty()
        || !issue.sprints().isEmpty()
        || baseline != null) {
      flags |= IssueRows.PLANNED;
    }
    rows.add(
        issue.key(),
        issue.type(),
        issue.created(),
        view.history().cycleDays(),
        effortSeconds(issue),
        view.slipDays(),
        patternBits,
        flags,
        plans);
    long spent = issue.timeSpentSeconds() == null ? -1 : issue.timeSpentSeconds();
    Long estimate = issue.originalEstimateSeconds();
    long overrun = spent > 0 && estimate != null && estimate > 0 ? spent - estimate : 0;
    rows.costs(spent, overrun, view.history().secondsLoggedAfterReopening());
    if (view.slipDays() > 0) {
      // What was late: the due day where set, else the release it missed (the latest of them).
      costs.late(issue.due() == null, view.dueBasis(), view.slipDays());
    }
  }

  /** The issue's fix-version plans and moves, each version name held once for the project. */
  private IssuePlans plans(IssueView view) {
    if (view.issue().fixVersions().isEmpty() && view.issue().changes().isEmpty()) {
      return null;
    }
    List<VersionPlan> plans = new ArrayList<>();
    for (VersionPlan plan : view.history().fixVersionPlans()) {
      plans.add(new VersionPlan(versions.name(plan.version()), plan.plannedAt()));
    }
    List<VersionMove> moves = new ArrayList<>();
    for (VersionMove move : view.history().fixVersionMoves()) {
      moves.add(new VersionMove(versions.name(move.from()), versions.name(move.to())));
    }
    return IssuePlans.of(plans, moves, view.history().workStart());
  }

  /** What the KPIs need to know of an issue, whatever patterns the catalogue holds. */
  private int flags(IssueView view) {
    IssueRecord issue = view.issue();
    PatternThresholds thresholds = config.thresholds();
    int flags = 0;
    if (issue.isResolved()) {
      flags |= IssueRows.RESOLVED;
      flags |= view.history().reopened() ? IssueRows.REOPENED : 0;
      flags |= view.delivered() && view.dueBasis() != null ? IssueRows.DUE : 0;
    }
    flags |= AbandonedWorkPattern.abandoned(issue, thresholds) ? IssueRows.ABANDONED : 0;
    flags |= issue.changelogCutShort() ? IssueRows.CHANGELOG_CUT_SHORT : 0;
    flags |= engagement.engages(issue.pmoScope()) ? IssueRows.ENGAGED : 0;
    Long estimate = issue.originalEstimateSeconds();
    Long spent = issue.timeSpentSeconds();
    if (estimate != null && spent != null && estimate > 0 && spent > 0) {
      flags |= IssueRows.ESTIMATED;
      flags |=
          EstimationMissPattern.withinEstimate(thresholds, estimate, spent)
              ? IssueRows.WITHIN_ESTIMATE
              : 0;
    }
    return flags;
  }

  /** Drops issues delivered more than once; returns how many were dropped. */
  int settle() {
    distinct = rows.distinctInKeyOrder();
    return rows.size() - distinct.length;
  }

  void feed(CycleNorms norms) {
    for (int row : distinct) {
      norms.add(rows.type(row), rows.cycleDays(row));
    }
  }

  int issues() {
    return distinct == null ? rows.size() : distinct.length;
  }

  ProjectResult close(List<FailurePattern> patterns, Map<String, Double> longCycleDays) {
    versions.clearStarts();
    for (int row : distinct) {
      IssuePlans plans = rows.plans(row);
      if (plans != null) {
        versions.started(plans.plans(), plans.workStart());
      }
    }
    MiningContext context = context(longCycleDays);
    KpiInputs kpis = new KpiInputs();
    kpis.spanMillis = context.projectEnd().toEpochMilli() - context.projectStart().toEpochMilli();
    EngagementTally split = new EngagementTally();
    split.spanMillis(kpis.spanMillis);
    long cutShort = 0;
    for (int row : distinct) {
      MinedIssue issue = rows.view(row);
      for (FailurePattern pattern : patterns) {
        if (pattern.affectsInContext(issue, context)) {
          rows.markPattern(row, bit(pattern.id()));
        }
      }
      count(kpis, row);
      boolean engaged = rows.has(row, IssueRows.ENGAGED);
      count(split.kpis(engaged), row);
      cutShort += rows.has(row, IssueRows.CHANGELOG_CUT_SHORT) ? 1 : 0;
      List<PatternId> shown = new ArrayList<>();
      for (FailurePattern pattern : patterns) {
        if ((rows.patterns(row) & bit(pattern.id())) != 0) {
          split.pattern(pattern.id(), engaged);
          shown.add(pattern.id());
        }
      }
      costs.add(
          rows.key(row),
          shown,
          rows.effortSeconds(row),
          rows.spentSeconds(row),
          rows.overrunSeconds(row),
          rows.reworkSeconds(row));
    }
    kpis.closeProject();
    split.kpis(true).closeProject();
    split.kpis(false).closeProject();
    return new ProjectResult(
        metadata.record(),
        context.projectEnd().atZone(config.zone()).toLocalDate(),
        cutShort,
        costs.tallies(),
        costs.effort(),
        kpis,
        new ProjectPeople(people.sponsor(), people.scopeTags(), firstScopeUse),
        split);
  }

  private void count(KpiInputs kpis, int row) {
    kpis.issues++;
    if (rows.has(row, IssueRows.PLANNED)) {
      if ((rows.patterns(row) & bit(PatternId.SCOPE_CREEP)) != 0) {
        kpis.addedAfterCommitment++;
      } else {
        kpis.committed++;
      }
    }
    kpis.abandoned += rows.has(row, IssueRows.ABANDONED) ? 1 : 0;
    if (rows.has(row, IssueRows.ESTIMATED)) {
      kpis.estimated++;
      kpis.withinEstimate += rows.has(row, IssueRows.WITHIN_ESTIMATE) ? 1 : 0;
    }
    if (!rows.has(row, IssueRows.RESOLVED)) {
      return;
    }
    kpis.resolved++;
    kpis.cycleDays.add(rows.cycleDays(row));
    kpis.reworked += rows.has(row, IssueRows.REOPENED) ? 1 : 0;
    if (rows.has(row, IssueRows.DUE)) {
      kpis.dueResolved++;
      if (rows.slipDays(row) == 0) {
        kpis.onTime++;
      } else {
        kpis.slipDaysOfLate.add(rows.slipDays(row));
      }
    }
  }

  /** The project runs from its first issue's creation to the end of its last issue's story. */
  private MiningContext context(Map<String, Double> longCycleDays) {
    PatternThresholds thresholds = config.thresholds();
    Instant projectStart = Instant.ofEpochMilli(start);
    Instant projectEnd = Instant.ofEpochMilli(Math.max(start, end));
    return new MiningContext() {
      @Override
      public PatternThresholds thresholds() {
        return thresholds;
      }

      @Override
      public Instant projectStart() {
        return projectStart;
      }

      @Override
      public Instant projectEnd() {
        return projectEnd;
      }

      @Override
      public double longCycleDays(String type) {
        return longCycleDays.getOrDefault(type, Double.NaN);
      }

      @Override
      public Instant versionWorkStart(String version) {
        return versions.workStart(version);
      }

      @Override
      public boolean isLaterVersion(String from, String to) {
        return versions.isLater(from, to);
      }

      @Override
      public Instant projectBaseline() {
        return baseline;
      }
    };
  }

  static int bit(PatternId id) {
    return 1 << id.ordinal();
  }

  private static long effortSeconds(IssueRecord issue) {
    if (issue.timeSpentSeconds() != null && issue.timeSpentSeconds() > 0) {
      return issue.timeSpentSeconds();
    }
    if (issue.originalEstimateSeconds() != null && issue.originalEstimateSeconds() > 0) {
      return issue.originalEstimateSeconds();
    }
    return -1;
  }
}
