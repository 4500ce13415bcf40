package io.pmobuyin.report.view.brief;

import io.pmobuyin.report.view.lessons.LessonRow;
import io.pmobuyin.report.view.predictability.ComparisonRow;
import io.pmobuyin.report.view.scope.ScopeGroup;
import io.pmobuyin.report.view.scorecard.AreaTotal;
import io.pmobuyin.report.view.scorecard.ScorecardRow;
import java.util.List;

/**
 * The one-page buy-in brief: the case from the data, cost by value area, PMO scope, sponsorship,
 * the improvement plan, and the trend since the PMO started. Parts of the gadget views, trimmed to
 * fit one printed page.
 *
 * @param verdict the opening sentence: how on-time delivery changed since the PMO started, with its
 *     interval and verdict; or why that cannot be said yet
 * @param guard why there is no before/after comparison yet; null when there is one
 * @param notes when the data was mined, and a missing PMO start
 * @param assumptions what the money figures assume: rate, fallback hours, cost of delay, effort
 * @param actions the first improvement actions of the plan, one line each
 * @param actionsNote that the plan has none, or how many more the gadget lists; null otherwise
 * @param scopeNote that the PMO has published no service catalogue yet (a heading over nothing says
 *     nothing); null when it has
 */
public record BriefView(
    String title,
    String summary,
    String verdict,
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
    String sponsorship,
    List<String> notes,
    String assumptions,
    List<BriefAction> actions,
    String actionsNote,
    String scopeNote) {

  public BriefView {
    patterns = List.copyOf(patterns);
    areas = List.copyOf(areas);
    plan = List.copyOf(plan);
    comparisons = List.copyOf(comparisons);
    scope = List.copyOf(scope);
    notes = List.copyOf(notes);
    actions = List.copyOf(actions);
  }
}
