package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.pattern.AbandonedWorkPattern;
import io.pmobuyin.mining.pattern.FailurePattern;
import io.pmobuyin.mining.pattern.IssueView;
import io.pmobuyin.mining.pattern.MiningContext;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects one project's issues as they stream in; closes into a {@link ProjectResult}. */
final class ProjectTally {

  private final MiningConfig config;
  private final ProjectMetadata metadata;
  private final IssueRows rows = new IssueRows();
  private final Set<String> keys = new HashSet<>();
  private final KpiInputs kpis = new KpiInputs();
  private long start = Long.MAX_VALUE;
  private long end = Long.MIN_VALUE;
  private long changelogsCutShort;

  ProjectTally(String key, MiningConfig config) {
    this.config = config;
    this.metadata = new ProjectMetadata(key);
  }

  void describe(ProjectRecord project) {
    metadata.merge(project);
  }

  /** False when this issue key was seen already (overlapping pages): it is counted once. */
  boolean add(IssueView view, int patternBits) {
    IssueRecord issue = view.issue();
    if (!keys.add(issue.key())) {
      return false;
    }
    start = Math.min(start, issue.created().toEpochMilli());
    end = Math.max(end, view.history().end().toEpochMilli());
    if (issue.changelogCutShort()) {
      changelogsCutShort++;
    }
    double cycle = view.history().cycleDays();
    int slip = view.slipDays();
    countKpis(view, cycle, slip);
    rows.add(
        issue.key(), issue.type(), issue.created(), cycle, effortSeconds(issue), slip, patternBits);
    return true;
  }

  /** KPIs are computed from the issue itself, whatever patterns the catalogue holds. */
  private void countKpis(IssueView view, double cycle, int slip) {
    IssueRecord issue = view.issue();
    PatternThresholds thresholds = config.thresholds();
    kpis.issues++;
    if (AbandonedWorkPattern.abandoned(issue, thresholds)) {
      kpis.abandoned++;
    }
    if (issue.isResolved()) {
      kpis.resolved++;
      kpis.cycleDays.add(cycle);
      if (view.history().reopened()) {
        kpis.reworked++;
      }
      if (issue.due() != null) {
        kpis.dueResolved++;
        if (slip == 0) {
          kpis.onTime++;
        } else {
          kpis.slipDaysOfLate.add(slip);
        }
      }
    }
    Long estimate = issue.originalEstimateSeconds();
    Long spent = issue.timeSpentSeconds();
    if (estimate != null && spent != null && estimate > 0 && spent > 0) {
      kpis.estimated++;
      if (thresholds.withinEstimate(estimate, spent)) {
        kpis.withinEstimate++;
      }
    }
  }

  ProjectResult close(List<FailurePattern> patterns, Map<String, Double> longCycleDays) {
    MiningContext context = context(longCycleDays);
    long baseline = context.projectMoment(config.thresholds().baselineShare()).toEpochMilli();
    kpis.spanMillis = Math.max(0, end - start);
    Map<PatternId, List<String>> evidence = new EnumMap<>(PatternId.class);
    Map<PatternId, long[]> sums = new EnumMap<>(PatternId.class);
    for (int row = 0; row < rows.size(); row++) {
      for (FailurePattern pattern : patterns) {
        if (pattern.affectsInContext(rows.view(row), context)) {
          rows.markPattern(row, bit(pattern.id()));
        }
      }
      if (rows.createdMillis(row) > baseline) {
        kpis.createdAfterBaseline++;
      } else {
        kpis.createdByBaseline++;
      }
      for (FailurePattern pattern : patterns) {
        if (has(rows.patterns(row), pattern.id())) {
          long[] sum = sums.computeIfAbsent(pattern.id(), id -> new long[4]);
          sum[0]++;
          long effort = rows.effortSeconds(row);
          sum[1] += Math.max(0, effort);
          sum[2] += effort < 0 ? 1 : 0;
          sum[3] += rows.slipDays(row);
          evidence.computeIfAbsent(pattern.id(), id -> new ArrayList<>()).add(rows.key(row));
        }
      }
    }
    Map<PatternId, PatternTally> tallies = new EnumMap<>(PatternId.class);
    sums.forEach(
        (id, sum) ->
            tallies.put(
                id, new PatternTally(sum[0], sum[1], sum[2], sum[3], firstKeys(evidence.get(id)))));
    return new ProjectResult(
        metadata.record(),
        context.projectEnd().atZone(config.zone()).toLocalDate(),
        changelogsCutShort,
        tallies,
        kpis);
  }

  private List<String> firstKeys(List<String> keys) {
    keys.sort(IssueKeyOrder.INSTANCE);
    return List.copyOf(keys.subList(0, Math.min(keys.size(), config.evidenceLimit())));
  }

  private MiningContext context(Map<String, Double> longCycleDays) {
    PatternThresholds thresholds = config.thresholds();
    Instant projectStart = Instant.ofEpochMilli(start);
    Instant projectEnd = Instant.ofEpochMilli(end);
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
    };
  }

  int issues() {
    return rows.size();
  }

  static int bit(PatternId id) {
    return 1 << id.ordinal();
  }

  static boolean has(int bits, PatternId id) {
    return (bits & bit(id)) != 0;
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
