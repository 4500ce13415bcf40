package io.pmobuyin.preview.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.preview.importer.ExportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Change history entries of one issue, each kept as the JSON Jira sent, with the ids seen, so that
 * entries given twice (in the search page and by the changelog endpoint) are written once.
 */
final class Histories {

  static final JsonFactory JSON = ExportJson.FACTORY;

  private final List<byte[]> entries = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  int size() {
    return entries.size();
  }

  List<byte[]> entries() {
    return entries;
  }

  /**
   * Keeps the entry the parser is at (its start), unless one with the same id is kept already.
   *
   * @return whether it was kept
   */
  boolean add(JsonParser p) throws IOException {
    byte[] entry = copy(p);
    String id = idOf(entry);
    if (id != null && !ids.add(id)) {
      return false;
    }
    entries.add(entry);
    return true;
  }

  static byte[] copy(JsonParser p) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.copyCurrentStructure(p);
    }
    return bytes.toByteArray();
  }

  /** Writes the entry as a value of whatever the generator is writing. */
  static void write(byte[] entry, JsonGenerator g) throws IOException {
    try (JsonParser p = JSON.createParser(entry)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
  }

  private static String idOf(byte[] entry) throws IOException {
    try (JsonParser p = JSON.createParser(entry)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        if (name.equals("id") && t.isScalarValue()) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    }
  }
}
