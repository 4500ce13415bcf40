package io.pmobuyin.report.view;

import java.util.List;

/** What every gadget view offers its template and its CSV export. */
public interface GadgetView {

  /** What the gadget looks at, in one line. */
  String summary();

  /** True when there is nothing to show; the template then says why instead. */
  boolean empty();

  /** Every table the gadget shows, for CSV export. */
  List<CsvTable> tables();
}
