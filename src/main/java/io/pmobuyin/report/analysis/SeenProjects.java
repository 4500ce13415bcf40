package io.pmobuyin.report.analysis;

import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.report.ProjectSection;
import java.util.List;

/**
 * The part of a set of closed projects one reader may see in aggregates, in numbers: how many,
 * their issues, whether that is all of them, and their delivery KPIs as the gadgets weigh them.
 *
 * @param projects the projects seen
 * @param issues their issues
 * @param wholePortfolio whether the reader sees every project of the set
 * @param kpis their KPIs, each project weighted by its issues
 */
public record SeenProjects(int projects, long issues, boolean wholePortfolio, DeliveryKpis kpis) {

  public static SeenProjects of(List<ProjectSection> all, VisibleProjects visible) {
    List<ProjectSection> seen = all.stream().filter(p -> visible.includes(p.key())).toList();
    return new SeenProjects(
        seen.size(),
        seen.stream().mapToLong(ProjectSection::issues).sum(),
        seen.size() == all.size(),
        WeightedKpis.of(seen));
  }
}
