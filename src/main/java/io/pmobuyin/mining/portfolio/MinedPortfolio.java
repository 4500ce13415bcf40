package io.pmobuyin.mining.portfolio;

import java.util.List;
import java.util.Map;

/**
 * The result of a mining run: every project mined (in key order), the portfolio's long-cycle
 * thresholds per issue type, and how many duplicate issues were dropped.
 */
public record MinedPortfolio(
    List<ProjectResult> projects, Map<String, Double> longCycleDaysByType, long duplicateIssues) {

  public MinedPortfolio {
    projects = List.copyOf(projects);
    longCycleDaysByType = Map.copyOf(longCycleDaysByType);
  }

  public long issues() {
    return projects.stream().mapToLong(ProjectResult::issues).sum();
  }
}
