package io.pmobuyin.report.view.scope;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
import java.util.List;

/** Gadget 4: what the PMO does, what it does not, and what other departments own. */
public record ScopeView(
    String summary, boolean empty, List<ScopeGroup> groups, List<CsvTable> tables)
    implements GadgetView {

  public ScopeView {
    groups = List.copyOf(groups);
    tables = List.copyOf(tables);
  }
}
