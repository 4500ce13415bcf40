package io.pmobuyin.preview.live;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Copies a search page token by token, giving some of its issues their complete change history: the
 * entries fetched, then any the page had that the fetch did not (so nothing is lost if the history
 * grew or shrank meanwhile), with {@code startAt}, {@code maxResults} and {@code total} saying that
 * the history is whole. Everything else is copied as it is.
 */
final class PageRewriter {

  private PageRewriter() {}

  /**
   * @param complete complete histories by index of the issue in the page's {@code issues}
   */
  static void rewrite(Path source, Path target, Map<Integer, Histories> complete)
      throws IOException {
    try (JsonParser p = Histories.JSON.createParser(source.toFile());
        JsonGenerator g = Histories.JSON.createGenerator(target.toFile(), JsonEncoding.UTF8)) {
      p.nextToken();
      g.writeStartObject();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        g.writeFieldName(name);
        if (name.equals("issues") && t == JsonToken.START_ARRAY) {
          issues(p, g, complete);
        } else {
          g.copyCurrentStructure(p);
        }
      }
      g.writeEndObject();
    }
  }

  private static void issues(JsonParser p, JsonGenerator g, Map<Integer, Histories> complete)
      throws IOException {
    g.writeStartArray();
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      Histories histories = complete.get(index++);
      if (histories != null && t == JsonToken.START_OBJECT) {
        issue(p, g, histories);
      } else {
        g.copyCurrentStructure(p);
      }
    }
    g.writeEndArray();
  }

  private static void issue(JsonParser p, JsonGenerator g, Histories histories) throws IOException {
    g.writeStartObject();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      g.writeFieldName(name);
      if (name.equals("changelog") && t == JsonToken.START_OBJECT) {
        changelog(p, g, histories);
      } else {
        g.copyCurrentStructure(p);
      }
    }
    g.writeEndObject();
  }

  private static void changelog(JsonParser p, JsonGenerator g, Histories histories)
      throws IOException {
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      if (name.equals("histories") && t == JsonToken.START_ARRAY) {
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          if (v == JsonToken.START_OBJECT) {
            histories.add(p);
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    int size = histories.size();
    g.writeStartObject();
    g.writeNumberField("startAt", 0);
    g.writeNumberField("maxResults", size);
    g.writeNumberField("total", size);
    g.writeArrayFieldStart("histories");
    for (byte[] entry : histories.entries()) {
      Histories.write(entry, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
