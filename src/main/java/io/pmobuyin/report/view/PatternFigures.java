package io.pmobuyin.report.view;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.ValueArea;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One pattern over a selection of projects. Counts and costs add up exactly over projects, so a
 * gadget filtered to one category tells the same story as the whole report, just smaller.
 *
 * @param quarters one per quarter of the selection, empty quarters included, oldest first
 * @param beforePmo null without a PMO start date
 * @param sincePmo null without a PMO start date
 */
public record PatternFigures(
    PatternId id,
    long issues,
    long projects,
    double share,
    double costHours,
    double cost,
    List<PeriodShare> quarters,
    PeriodShare beforePmo,
    PeriodShare sincePmo) {

  public PatternFigures {
    quarters = List.copyOf(quarters);
  }

  public static List<PatternFigures> of(ProjectSelection selection) {
    List<PatternFigures> all = new ArrayList<>();
    for (PatternId id : PatternId.values()) {
      all.add(of(id, selection));
    }
    return all;
  }

  static PatternFigures of(PatternId id, ProjectSelection selection) {
    long issues = 0;
    long projects = 0;
    double hours = 0;
    double cost = 0;
    for (ProjectSection project : selection.projects()) {
      ProjectPattern found = find(project, id);
      if (found != null) {
        issues += found.issues();
        projects++;
        hours += found.costHours();
        cost += found.cost();
      }
    }
    List<PeriodShare> quarters = new ArrayList<>();
    selection
        .everyQuarter()
        .forEach((quarter, closed) -> quarters.add(period(id, quarter, closed)));
    boolean split = selection.pmoStart() != null;
    return new PatternFigures(
        id,
        issues,
        projects,
        selection.issues() == 0 ? Double.NaN : (double) issues / selection.issues(),
        hours,
        cost,
        quarters,
        split ? period(id, "before-pmo", selection.closedBeforePmo()) : null,
        split ? period(id, "since-pmo", selection.closedSincePmo()) : null);
  }

  /** The cost split evenly over the value areas the pattern hurts, as the report's model does. */
  public Map<ValueArea, Double> costByArea() {
    return CostModel.splitOverAreas(id, cost);
  }

  private static PeriodShare period(
      PatternId id, String period, Collection<ProjectSection> projects) {
    long issues = 0;
    long affected = 0;
    for (ProjectSection project : projects) {
      issues += project.issues();
      ProjectPattern found = find(project, id);
      affected += found == null ? 0 : found.issues();
    }
    return new PeriodShare(period, issues, affected);
  }

  private static ProjectPattern find(ProjectSection project, PatternId id) {
    for (ProjectPattern pattern : project.patterns()) {
      if (pattern.id() == id) {
        return pattern;
      }
    }
    return null;
  }
}
