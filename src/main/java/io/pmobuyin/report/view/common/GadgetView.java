package io.pmobuyin.report.view.common;

import java.util.List;
import java.util.Optional;

/** What every gadget view offers its template and its CSV export. */
public interface GadgetView {

  /** What the gadget looks at, in one line. */
  String summary();

  /** True when there is nothing to show; the template then says why instead. */
  boolean empty();

  /** Every table the gadget shows, for CSV export. */
  List<CsvTable> tables();

  /** The table with this name, as its CSV download names it. */
  default Optional<CsvTable> table(String name) {
    return tables().stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
