package io.pmobuyin.report.view.lessons;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
import java.util.List;

/** Gadget 1: the failure patterns most common in the selected closed projects. */
public record LessonsView(
    String summary, boolean empty, List<LessonRow> rows, List<CsvTable> tables)
    implements GadgetView {

  public LessonsView {
    rows = List.copyOf(rows);
    tables = List.copyOf(tables);
  }
}
