package io.pmobuyin.report.view.predictability;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
import io.pmobuyin.report.view.common.LinkPart;
import java.util.List;

/**
 * Gadget 3: delivery KPIs by quarter of project close, and before vs since the PMO start.
 *
 * @param guard why there is no before/after comparison yet; null when there is one
 * @param quarters each quarter's point opens the projects it stands on (all its charts' points
 *     stand on the same projects); empty where nothing can be opened
 */
public record PredictabilityView(
    String summary,
    boolean empty,
    List<KpiPanel> panels,
    List<ComparisonRow> comparisons,
    String guard,
    String method,
    List<CsvTable> tables,
    List<LinkPart> quarters)
    implements GadgetView {

  public PredictabilityView {
    quarters = List.copyOf(quarters);
    panels = List.copyOf(panels);
    comparisons = List.copyOf(comparisons);
    tables = List.copyOf(tables);
  }

  /** Whether any quarter's points open their projects. */
  public boolean drillable() {
    return !quarters.isEmpty();
  }
}
