package io.pmobuyin.bundle;

import java.util.ArrayList;
import java.util.List;

/** Splits an OSGi manifest header into its clauses: commas, except inside quotes. */
final class ManifestClauses {

  private ManifestClauses() {}

  static List<String> split(String header) {
    List<String> clauses = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        add(clauses, current);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(clauses, current);
    return clauses;
  }

  private static void add(List<String> clauses, StringBuilder clause) {
    String trimmed = clause.toString().trim();
    if (!trimmed.isEmpty()) {
      clauses.add(trimmed);
    }
  }
}
