package io.pmobuyin.report.analysis;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.value.CostModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One pattern over a selection of projects. Counts and costs add up exactly over projects, so a
 * gadget filtered to one category tells the same story as the whole report, just smaller.
 *
 * @param upToHours the whole effort of the pattern's issues, which bounds {@code costHours} from
 *     above where the data cannot separate the pattern's own hours
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
    double upToHours,
    List<ValueArea> valueAreas,
    List<PeriodShare> quarters,
    PeriodShare beforePmo,
    PeriodShare sincePmo) {

  public PatternFigures {
    valueAreas = List.copyOf(valueAreas);
    quarters = List.copyOf(quarters);
  }

  /**
   * Every pattern over the selection, in {@link PatternId} order. One pass over the projects: a
   * dashboard of a thousand projects asks for this on every gadget load.
   */
  public static List<PatternFigures> of(ProjectSelection selection) {
    PatternId[] ids = PatternId.values();
    List<String> quarters = List.copyOf(selection.everyQuarter().keySet());
    Map<String, Integer> quarterIndex = new HashMap<>();
    for (int q = 0; q < quarters.size(); q++) {
      quarterIndex.put(quarters.get(q), q);
    }
    Tally[] tallies = new Tally[ids.length];
    for (int i = 0; i < ids.length; i++) {
      tallies[i] = new Tally(quarters.size());
    }
    long[] quarterIssues = new long[quarters.size()];
    long beforeIssues = 0;
    long sinceIssues = 0;
    LocalDate pmoStart = selection.pmoStart();
    for (ProjectSection project : selection.projects()) {
      int quarter = quarterIndex.get(ProjectSelection.quarterOf(project.closed()));
      boolean before = pmoStart != null && project.closed().isBefore(pmoStart);
      quarterIssues[quarter] += project.issues();
      beforeIssues += before ? project.issues() : 0;
      sinceIssues += before ? 0 : project.issues();
      for (ProjectPattern pattern : project.patterns()) {
        tallies[pattern.id().ordinal()].add(pattern, quarter, before);
      }
    }
    long total = selection.issues();
    List<PatternFigures> all = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      Tally t = tallies[i];
      List<PeriodShare> byQuarter = new ArrayList<>(quarters.size());
      for (int q = 0; q < quarters.size(); q++) {
        byQuarter.add(new PeriodShare(quarters.get(q), quarterIssues[q], t.byQuarter[q]));
      }
      all.add(
          new PatternFigures(
              ids[i],
              t.issues,
              t.projects,
              total == 0 ? Double.NaN : (double) t.issues / total,
              t.hours,
              t.cost,
              t.upTo,
              selection.areasOf(ids[i]),
              byQuarter,
              pmoStart == null ? null : new PeriodShare("before-pmo", beforeIssues, t.before),
              pmoStart == null ? null : new PeriodShare("since-pmo", sinceIssues, t.since)));
    }
    return all;
  }

  /** The patterns seen in the selection, the most common first (ties in catalogue order). */
  public static List<PatternFigures> mostCommon(ProjectSelection selection) {
    return ranked(selection, PatternFigures::issues, PatternFigures::share);
  }

  /** The patterns that cost something in the selection, the most costly first. */
  public static List<PatternFigures> mostCostly(ProjectSelection selection) {
    return ranked(selection, PatternFigures::cost, PatternFigures::cost);
  }

  private static List<PatternFigures> ranked(
      ProjectSelection selection,
      ToDoubleFunction<PatternFigures> present,
      ToDoubleFunction<PatternFigures> rank) {
    return of(selection).stream()
        .filter(p -> present.applyAsDouble(p) > 0)
        .sorted(
            Comparator.comparingDouble((PatternFigures p) -> -rank.applyAsDouble(p))
                .thenComparing(PatternFigures::id))
        .toList();
  }

  static PatternFigures of(PatternId id, ProjectSelection selection) {
    return of(selection).get(id.ordinal());
  }

  /** Sums for one pattern while the projects go by. */
  private static final class Tally {
    final long[] byQuarter;
    long issues;
    long projects;
    double hours;
    double cost;
    double upTo;
    long before;
    long since;

    Tally(int quarters) {
      byQuarter = new long[quarters];
    }

    void add(ProjectPattern pattern, int quarter, boolean beforePmo) {
      issues += pattern.issues();
      projects++;
      hours += pattern.costHours();
      cost += pattern.cost();
      upTo += pattern.upToHours();
      byQuarter[quarter] += pattern.issues();
      if (beforePmo) {
        before += pattern.issues();
      } else {
        since += pattern.issues();
      }
    }
  }

  /** The cost split evenly over the value areas the report gave the pattern. */
  public Map<ValueArea, Double> costByArea() {
    return CostModel.splitOverAreas(valueAreas, cost);
  }
}
