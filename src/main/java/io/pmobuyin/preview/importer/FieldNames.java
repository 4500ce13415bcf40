package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An export's field id to display name map, from the {@code names} objects it holds. Custom field
 * ids are the same across a Jira instance, so the maps of all pages of a file make one.
 */
final class FieldNames {

  private FieldNames() {}

  static Map<String, String> of(ExportByteScan.Result scan, ExportText text, JsonFactory json) {
    Map<String, String> names = new HashMap<>();
    if (scan.namesMaps() == null) {
      skim(text, names);
      return names;
    }
    for (byte[] map : scan.namesMaps()) {
      try (JsonParser p = json.createParser(new String(map, scan.encoding().charset))) {
        if (p.nextToken() == JsonToken.START_OBJECT) {
          readMap(p, names);
        }
      } catch (IOException e) {
        // Not a names map after all (the bytes matched by chance); nothing to learn from it.
      }
    }
    return names;
  }

  /**
   * Where bytes cannot show the maps (UTF-16), a skim of the whole JSON finds them, at the price of
   * parsing the file twice.
   */
  private static void skim(ExportText text, Map<String, String> names) {
    try (JsonParser p = text.open().parser()) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          skimObject(p, names);
        } else if (t == JsonToken.START_ARRAY) {
          for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
              skimObject(p, names);
            } else {
              p.skipChildren();
            }
          }
        }
      }
    } catch (IOException e) {
      // Broken JSON is reported by the reading pass; the names found so far still help it.
    }
  }

  private static void skimObject(JsonParser p, Map<String, String> names) throws IOException {
    for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      if (member.equals("names") && t == JsonToken.START_OBJECT) {
        readMap(p, names);
      } else {
        p.skipChildren();
      }
    }
  }

  private static void readMap(JsonParser p, Map<String, String> names) throws IOException {
    for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
      if (p.nextToken() == JsonToken.VALUE_STRING) {
        names.put(id, p.getText());
      } else {
        p.skipChildren();
      }
    }
  }
}
