package io.pmobuyin.report.analysis;

import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.report.ProjectSection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The delivery KPIs of several projects from each project's own KPIs, as the gadgets combine them:
 * counts add up, and every rate, duration and index is the mean of the projects' values weighted by
 * their issues, leaving out a project that lacks it. The report's portfolio KPIs are pooled over
 * every issue instead, which per-project figures cannot reproduce (a median of medians is no
 * median); these are what a reader who sees only some projects can be given, and what the gadgets
 * show every reader.
 */
public final class WeightedKpis {

  private WeightedKpis() {}

  public static DeliveryKpis of(List<ProjectSection> projects) {
    return new DeliveryKpis(
        projects.stream().mapToLong(ProjectSection::issues).sum(),
        projects.stream().mapToLong(p -> p.kpis().resolved()).sum(),
        mean(projects, DeliveryKpis::onTimeRate),
        mean(projects, DeliveryKpis::medianSlipDays),
        mean(projects, DeliveryKpis::scopeGrowth),
        mean(projects, DeliveryKpis::reworkRate),
        mean(projects, DeliveryKpis::estimateAccuracy),
        mean(projects, DeliveryKpis::abandonmentRate),
        mean(projects, DeliveryKpis::cycleTimeP50Days),
        mean(projects, DeliveryKpis::cycleTimeP85Days),
        mean(projects, DeliveryKpis::throughputPerWeek),
        mean(projects, DeliveryKpis::predictabilityIndex));
  }

  /** NaN when no project with issues has the KPI. */
  static double mean(List<ProjectSection> projects, ToDoubleFunction<DeliveryKpis> kpi) {
    double sum = 0;
    double weight = 0;
    for (ProjectSection project : projects) {
      double value = kpi.applyAsDouble(project.kpis());
      if (project.issues() > 0 && Double.isFinite(value)) {
        sum += value * project.issues();
        weight += project.issues();
      }
    }
    return weight == 0 ? Double.NaN : sum / weight;
  }
}
