package io.pmobuyin.preview.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One action as a file gives it, before its values are checked: its texts by field, lists already
 * split into items, and where it starts in the file.
 *
 * @param line the line its row or object starts on, counted from 1
 */
record RawAction(int line, Map<ActionField, List<String>> values) {

  RawAction {
    values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
  }

  /** The field's one text; empty when absent or blank. */
  String text(ActionField field) {
    List<String> given = values.get(field);
    return given == null || given.isEmpty() ? "" : given.get(0).strip();
  }

  /** The field's items; empty when absent. */
  List<String> items(ActionField field) {
    return values.getOrDefault(field, List.of());
  }

  boolean has(ActionField field) {
    return values.containsKey(field);
  }
}
