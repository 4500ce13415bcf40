package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.ScopeEngagement;
import io.pmobuyin.mining.pattern.FailurePattern;
import io.pmobuyin.mining.pattern.IssueView;
import io.pmobuyin.mining.pattern.LongCyclePattern;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.source.IssueSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mines issues as a source streams them, in any order. Each issue is judged by the patterns that
 * need nothing else the moment it arrives; the rest are judged when {@link #finish()} knows every
 * project's timeline and the portfolio's cycle-time norms. Not thread-safe: one source feeds it.
 */
public final class PortfolioMiner implements IssueSink {

  private final MiningConfig config;
  private final List<FailurePattern> patterns;
  private final ScopeEngagement engagement;
  private final Map<String, ProjectTally> projects = new TreeMap<>();
  private final StatusLearning statuses;

  /** Every issue type seen, each held once: an issue's row keeps its type's code. */
  private final NameTable types = new NameTable();

  public PortfolioMiner(MiningConfig config, List<FailurePattern> patterns) {
    this(config, patterns, ScopeEngagement.anyValue());
  }

  /**
   * @param engagement which PMO Scope values make an issue work the PMO engages with
   */
  public PortfolioMiner(
      MiningConfig config, List<FailurePattern> patterns, ScopeEngagement engagement) {
    this.config = config;
    this.patterns = List.copyOf(patterns);
    this.engagement = engagement;
    this.statuses = new StatusLearning(config);
  }

  @Override
  public void project(ProjectRecord project) {
    tally(project.key()).describe(project);
  }

  @Override
  public void status(String name, StatusCategory category) {
    statuses.learn(name, category);
  }

  @Override
  public void issue(IssueRecord issue) {
    if (statuses.holdBack(issue)) {
      if (statuses.full()) {
        statuses.release().forEach(this::judge);
      }
      return;
    }
    judge(issue);
  }

  private void judge(IssueRecord issue) {
    MiningConfig known = statuses.config();
    IssueView view = IssueView.of(issue, known);
    statuses.countUnknown(view.history().statuses());
    int bits = 0;
    for (FailurePattern pattern : patterns) {
      if (pattern.affects(view)) {
        bits |= ProjectTally.bit(pattern.id());
      }
    }
    tally(issue.projectKey()).add(view, bits);
  }

  public MinedPortfolio finish() {
    statuses.release().forEach(this::judge);
    long duplicates = 0;
    CycleNorms norms = new CycleNorms();
    for (ProjectTally tally : projects.values()) {
      duplicates += tally.settle();
      tally.feed(norms);
    }
    Map<String, Double> longCycleDays =
        norms.thresholds(config.thresholds().value(LongCyclePattern.PERCENTILE));
    List<ProjectResult> results = new ArrayList<>();
    for (ProjectTally tally : projects.values()) {
      if (tally.issues() > 0) {
        results.add(tally.close(patterns, longCycleDays));
      }
    }
    return new MinedPortfolio(results, longCycleDays, duplicates, statuses.unknownStatuses());
  }

  private ProjectTally tally(String projectKey) {
    return projects.computeIfAbsent(
        projectKey, key -> new ProjectTally(key, config, engagement, types));
  }
}
