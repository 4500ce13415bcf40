package io.pmobuyin.report.view.common;

import java.util.List;

/**
 * A table a gadget shows, as its CSV export holds it: raw numbers, no formatting.
 *
 * @param name the file name without extension, e.g. {@code lessons}
 */
public record CsvTable(String name, List<String> header, List<List<String>> rows) {

  public CsvTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells");
      }
    }
  }
}
