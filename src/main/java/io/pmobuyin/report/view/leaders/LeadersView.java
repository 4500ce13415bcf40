package io.pmobuyin.report.view.leaders;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
import java.util.List;

/** Gadget 6: leads and sponsors of active projects, and the patterns their work is exposed to. */
public record LeadersView(
    String summary, boolean empty, List<LeaderRow> rows, List<CsvTable> tables)
    implements GadgetView {

  public LeadersView {
    rows = List.copyOf(rows);
    tables = List.copyOf(tables);
  }
}
