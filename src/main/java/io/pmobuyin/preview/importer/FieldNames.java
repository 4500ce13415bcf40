package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Reads a {@code names} map: field id to display name, as search pages and issues carry it. */
final class FieldNames {

  private FieldNames() {}

  /** Reads the map whose opening brace is the current token; values that are not text are left. */
  static Map<String, String> read(JsonParser p) throws IOException {
    Map<String, String> names = new HashMap<>();
    for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
      if (p.nextToken() == JsonToken.VALUE_STRING) {
        names.put(id, p.getText());
      } else {
        p.skipChildren();
      }
    }
    return names;
  }
}
