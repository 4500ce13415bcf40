package io.pmobuyin.browser;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader, written apart from the app's writer so that it checks the writer. */
final class Csv {

  private Csv() {}

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        if (cell.length() > 0) {
          throw new IllegalArgumentException("a quote inside an unquoted cell at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("a bare line break outside quotes at " + i);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted cell is never closed");
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("the last row does not end with CRLF");
    }
    return rows;
  }
}
