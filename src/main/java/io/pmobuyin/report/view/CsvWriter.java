package io.pmobuyin.report.view;

import io.pmobuyin.report.view.common.CsvTable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV. A cell that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) is prefixed with an apostrophe: project and catalogue names
 * come from users, and an export must not become an attack on whoever opens it.
 */
public final class CsvWriter {

  private CsvWriter() {}

  /** The whole table as CSV text. */
  public static String text(CsvTable table) {
    StringWriter out = new StringWriter();
    try {
      write(table, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The table as CSV text under comment lines ({@code # …}) that say what its figures rest on: when
   * the data was mined and what the money assumes. Tools that read CSV skip them when told that
   * {@code #} starts a comment; a reader opening the file sees them first.
   */
  public static String text(CsvTable table, List<String> notes) {
    StringBuilder head = new StringBuilder();
    for (String note : notes) {
      head.append("# ").append(note.replace('\r', ' ').replace('\n', ' ')).append("\r\n");
    }
    return head + text(table);
  }

  public static void write(CsvTable table, Writer out) throws IOException {
    row(table.header(), out);
    for (List<String> row : table.rows()) {
      row(row, out);
    }
    out.flush();
  }

  private static void row(List<String> cells, Writer out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = startsLikeAFormula(value) && !isNumber(value) ? "'" + value : value;
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static boolean startsLikeAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** A negative number is data, not a formula: keep it a number for the spreadsheet. */
  private static boolean isNumber(String value) {
    return value.matches("-?[0-9]+(\\.[0-9]+)?");
  }
}
