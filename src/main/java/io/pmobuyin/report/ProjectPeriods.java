package io.pmobuyin.report;

import io.pmobuyin.mining.portfolio.ProjectResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups projects by when they closed: by calendar quarter, and before / after the PMO start. */
final class ProjectPeriods {

  static final String BEFORE_PMO = "before-pmo";
  static final String AFTER_PMO = "after-pmo";

  private ProjectPeriods() {}

  static String quarterOf(LocalDate day) {
    return Quarter.of(day).label();
  }

  /** Quarter label to its projects, oldest quarter first. */
  static Map<String, List<ProjectResult>> byQuarter(List<ProjectResult> projects) {
    Map<String, List<ProjectResult>> quarters = new TreeMap<>();
    for (ProjectResult project : projects) {
      quarters.computeIfAbsent(quarterOf(project.closed()), q -> new ArrayList<>()).add(project);
    }
    return quarters;
  }

  static List<ProjectResult> closedBefore(List<ProjectResult> projects, LocalDate start) {
    return projects.stream().filter(p -> p.closed().isBefore(start)).toList();
  }

  static List<ProjectResult> closedFrom(List<ProjectResult> projects, LocalDate start) {
    return projects.stream().filter(p -> !p.closed().isBefore(start)).toList();
  }
}
