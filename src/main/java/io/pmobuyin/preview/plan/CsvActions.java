package io.pmobuyin.preview.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An actions file as CSV: a header row naming the fields (any order; key, title and patterns
 * required), then one action a row. Lists (patterns, projects, services) are separated by spaces or
 * semicolons, or by commas inside a quoted cell. Read by Jackson's CSV parser, quotes as RFC 4180
 * has them, so a title may hold commas, quotes and line breaks.
 */
final class CsvActions {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private CsvActions() {}

  static void read(Reader in, ActionRows rows) throws IOException {
    try (JsonParser parser = CSV.getFactory().createParser(in)) {
      List<ActionField> columns = null;
      List<String> cells = new ArrayList<>();
      int line = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          cells.clear();
        } else if (token == JsonToken.VALUE_STRING) {
          if (cells.isEmpty()) {
            // A row's own start token carries no reliable line; its first value does.
            line = parser.currentTokenLocation().getLineNr();
          }
          cells.add(parser.getText());
        } else if (token == JsonToken.END_ARRAY) {
          if (columns == null) {
            int before = rows.problems().size();
            columns = header(cells, line, rows);
            if (rows.problems().size() > before) {
              return; // every row would repeat the header's problem
            }
          } else {
            row(cells, columns, line, rows);
          }
        }
      }
      if (columns == null) {
        rows.problem(ActionProblem.ofRow(1, "pmobuyin.actions.problem.no-header"));
      }
    }
  }

  /** The fields the header names, in order; null in place of a column that names none. */
  private static List<ActionField> header(List<String> names, int line, ActionRows rows) {
    List<ActionField> columns = new ArrayList<>();
    for (String given : names) {
      String name = given.strip();
      ActionField field = ActionField.named(name).orElse(null);
      if (field == null) {
        rows.problem(
            new ActionProblem(
                line,
                name,
                "pmobuyin.actions.problem.unknown-field",
                List.of(ActionField.names())));
      } else if (columns.contains(field)) {
        rows.problem(ActionProblem.of(line, field, "pmobuyin.actions.problem.field-twice"));
      }
      columns.add(field);
    }
    for (ActionField field : ActionField.values()) {
      if (field.required() && !columns.contains(field)) {
        rows.problem(ActionProblem.of(line, field, "pmobuyin.actions.problem.no-column"));
      }
    }
    return columns;
  }

  private static void row(
      List<String> cells, List<ActionField> columns, int line, ActionRows rows) {
    if (cells.size() != columns.size()) {
      rows.problem(
          ActionProblem.ofRow(
              line, "pmobuyin.actions.problem.cells", cells.size(), columns.size()));
      return;
    }
    Map<ActionField, List<String>> values = new EnumMap<>(ActionField.class);
    for (int i = 0; i < cells.size(); i++) {
      ActionField field = columns.get(i);
      if (field != null) {
        values.put(field, field.isList() ? items(cells.get(i)) : List.of(cells.get(i)));
      }
    }
    rows.add(new RawAction(line, values));
  }

  private static List<String> items(String cell) {
    String trimmed = cell.strip();
    return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("[\\s,;]+"));
  }
}
