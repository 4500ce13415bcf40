package io.pmobuyin.report.view.scorecard;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
import java.util.List;

/** Gadget 2: what the patterns cost in each value area, and the PMO's improvement plan. */
public record ScorecardView(
    String summary,
    boolean empty,
    String totalCost,
    String totalSaving,
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
