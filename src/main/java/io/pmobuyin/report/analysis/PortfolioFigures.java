package io.pmobuyin.report.analysis;

import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.report.ProjectSection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portfolio over a selection of projects, in numbers: what the REST API's report gives. Counts,
 * costs, sponsorship and PMO Scope tags are sums over the projects, so they add up exactly over
 * readers who see different projects; KPIs are {@link WeightedKpis}, and their change since the PMO
 * start carries the same bootstrap interval as the predictability gadget.
 *
 * @param costByArea every value area, each pattern's cost split evenly over the areas it hurts
 * @param beforePmo projects closed before the PMO start; null without a start date
 * @param sincePmo projects closed on or after it; null without a start date
 * @param changes empty without a start date or while a side has too few projects
 * @param withSponsor projects whose issues named an executive sponsor
 * @param scopeTags PMO Scope entry id to the issues tagged with it
 */
public record PortfolioFigures(
    long projects,
    long issues,
    double costHours,
    double cost,
    Map<ValueArea, Double> costByArea,
    DeliveryKpis kpis,
    Side beforePmo,
    Side sincePmo,
    List<KpiChange> changes,
    long withSponsor,
    Map<String, Long> scopeTags) {

  public PortfolioFigures {
    costByArea = Map.copyOf(costByArea);
    changes = List.copyOf(changes);
    scopeTags = Map.copyOf(scopeTags);
  }

  /** The projects closed on one side of the PMO start. */
  public record Side(long projects, long issues, DeliveryKpis kpis) {

    static Side of(List<ProjectSection> closed) {
      return new Side(
          closed.size(),
          closed.stream().mapToLong(ProjectSection::issues).sum(),
          WeightedKpis.of(closed));
    }
  }

  public static PortfolioFigures of(ProjectSelection selection) {
    double hours = 0;
    double cost = 0;
    Map<ValueArea, Double> byArea = new EnumMap<>(ValueArea.class);
    for (ValueArea area : ValueArea.values()) {
      byArea.put(area, 0.0);
    }
    for (PatternFigures pattern : PatternFigures.of(selection)) {
      hours += pattern.costHours();
      cost += pattern.cost();
      pattern.costByArea().forEach((area, money) -> byArea.merge(area, money, Double::sum));
    }
    long withSponsor = 0;
    Map<String, Long> tags = new TreeMap<>();
    for (ProjectSection project : selection.projects()) {
      withSponsor += project.sponsorId() == null ? 0 : 1;
      project.scopeTags().forEach((tag, issues) -> tags.merge(tag, issues, Long::sum));
    }
    boolean started = selection.pmoStart() != null;
    return new PortfolioFigures(
        selection.projects().size(),
        selection.issues(),
        hours,
        cost,
        byArea,
        WeightedKpis.of(selection.projects()),
        started ? Side.of(selection.closedBeforePmo()) : null,
        started ? Side.of(selection.closedSincePmo()) : null,
        KpiChange.of(selection),
        withSponsor,
        tags);
  }

  /** The share of the projects that had a sponsor; NaN without projects. */
  public double sponsorCoverage() {
    return projects == 0 ? Double.NaN : (double) withSponsor / projects;
  }
}
