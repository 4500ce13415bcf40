package io.pmobuyin.report.view;

import java.util.List;

/**
 * The one-page buy-in brief: the case from the data, cost by value area, PMO scope, sponsorship,
 * the improvement plan, and the trend since the PMO started. Parts of the gadget views, trimmed to
 * fit one printed page.
 *
 * @param guard why there is no before/after comparison yet; null when there is one
 */
public record BriefView(
    String title,
    String summary,
    String headline,
    List<LessonRow> patterns,
    String totalCost,
    List<AreaTotal> areas,
    List<ScorecardRow> plan,
    String totalSaving,
    String trendChartHtml,
    List<ComparisonRow> comparisons,
    String guard,
    List<ScopeGroup> scope,
    String sponsorship) {

  public BriefView {
    patterns = List.copyOf(patterns);
    areas = List.copyOf(areas);
    plan = List.copyOf(plan);
    comparisons = List.copyOf(comparisons);
    scope = List.copyOf(scope);
  }
}
