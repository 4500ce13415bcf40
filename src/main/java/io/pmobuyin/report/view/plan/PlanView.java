package io.pmobuyin.report.view.plan;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
import java.util.List;

/** Gadget 7: the PMO's improvement actions and the measured effect of each. */
public record PlanView(
    String summary, boolean empty, List<PlanRow> rows, String method, List<CsvTable> tables)
    implements GadgetView {

  public PlanView {
    rows = List.copyOf(rows);
    tables = List.copyOf(tables);
  }
}
