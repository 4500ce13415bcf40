package io.pmobuyin.preview.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.preview.importer.ExportJson;
import io.pmobuyin.preview.live.JiraPullException.Reason;
import io.pmobuyin.preview.live.SearchPage.ShortChangelog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a downloaded search page once, streaming: it checks that the answer is a Jira search result
 * (a login page or a proxy's answer can come with status 200) and gathers how to go on.
 */
final class SearchPageScan {

  private static final JsonFactory JSON = ExportJson.FACTORY;

  private SearchPageScan() {}

  /**
   * @throws JiraPullException NOT_JIRA when the file is no search result; IO when it cannot be read
   */
  static SearchPage scan(Path file) throws JiraPullException {
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw notJira("the answer is not a JSON object");
      }
      int issues = -1;
      long total = -1;
      boolean isLast = false;
      String nextPageToken = null;
      List<ShortChangelog> shorts = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "issues" -> {
            if (t != JsonToken.START_ARRAY) {
              throw notJira("'issues' is not a list");
            }
            issues = issues(p, shorts, keys);
          }
          case "total" -> total = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
          case "isLast" -> isLast = t == JsonToken.VALUE_TRUE;
          case "nextPageToken" -> nextPageToken = t == JsonToken.VALUE_STRING ? p.getText() : null;
          default -> p.skipChildren();
        }
      }
      if (issues < 0) {
        throw notJira("the answer has no 'issues'");
      }
      return new SearchPage(issues, total, isLast, nextPageToken, shorts, keys);
    } catch (JsonProcessingException e) {
      throw notJira("the answer is not JSON");
    } catch (IOException e) {
      throw new JiraPullException(Reason.IO, 0, JiraCalls.describe(e) + " (" + file + ")");
    }
  }

  private static int issues(JsonParser p, List<ShortChangelog> shorts, List<String> keys)
      throws IOException {
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        String key = issue(p, index, shorts);
        if (key != null) {
          keys.add(key);
        }
      } else {
        p.skipChildren();
      }
      index++;
    }
    return index;
  }

  /** Reads one issue; gives its key (or id), or null. */
  private static String issue(JsonParser p, int index, List<ShortChangelog> shorts)
      throws IOException {
    String key = null;
    String id = null;
    long total = -1;
    int given = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "key" -> key = t == JsonToken.VALUE_STRING ? p.getText() : key;
        case "id" -> id = t.isScalarValue() ? p.getText() : id;
        case "changelog" -> {
          if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            continue;
          }
          for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            if (field.equals("total") && v == JsonToken.VALUE_NUMBER_INT) {
              total = p.getLongValue();
            } else if (field.equals("histories") && v == JsonToken.START_ARRAY) {
              while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren();
                given++;
              }
            } else {
              p.skipChildren();
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    String name = key != null ? key : id;
    if (total > given && name != null) {
      shorts.add(new ShortChangelog(index, name, given, total));
    }
    return name;
  }

  private static JiraPullException notJira(String detail) {
    return new JiraPullException(Reason.NOT_JIRA, 200, detail);
  }
}
