package io.pmobuyin.report.view.scorecard;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
import java.util.List;

/**
 * Gadget 2: what the patterns cost in each value area, and the PMO's improvement plan.
 *
 * @param targetsMet every pattern with a measured saving is at its target, so none is left
 */
public record ScorecardView(
    String summary,
    boolean empty,
    String totalCost,
    String totalSaving,
    boolean targetsMet,
    List<AreaTotal> areas,
    List<ScorecardRow> rows,
    String planNote,
    List<CsvTable> tables)
    implements GadgetView {

  public ScorecardView {
    areas = List.copyOf(areas);
    rows = List.copyOf(rows);
    tables = List.copyOf(tables);
  }
}
