package io.pmobuyin.report.view.predictability;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
import java.util.List;

/**
 * Gadget 3: delivery KPIs by quarter of project close, and before vs since the PMO start.
 *
 * @param guard why there is no before/after comparison yet; null when there is one
 */
public record PredictabilityView(
    String summary,
    boolean empty,
    List<KpiPanel> panels,
    List<ComparisonRow> comparisons,
    String guard,
    String method,
    List<CsvTable> tables)
    implements GadgetView {

  public PredictabilityView {
    panels = List.copyOf(panels);
    comparisons = List.copyOf(comparisons);
    tables = List.copyOf(tables);
  }
}
