package io.pmobuyin.mining.portfolio;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a mining run: every project mined (in key order), the portfolio's long-cycle
 * thresholds per issue type, how many duplicate issues were dropped, and the statuses issues went
 * through that nothing categorised (name to issues), for the admin to set.
 */
public record MinedPortfolio(
    List<ProjectResult> projects,
    Map<String, Double> longCycleDaysByType,
    long duplicateIssues,
    Map<String, Long> uncategorisedStatuses) {

  public MinedPortfolio {
    projects = List.copyOf(projects);
    longCycleDaysByType = Map.copyOf(longCycleDaysByType);
    uncategorisedStatuses = Collections.unmodifiableMap(new TreeMap<>(uncategorisedStatuses));
  }

  public long issues() {
    return projects.stream().mapToLong(ProjectResult::issues).sum();
  }
}
