package io.pmobuyin.preview.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira's own words in an error answer: {@code errorMessages}, the values of {@code errors}, or a
 * lone {@code message} (gateways in front of Cloud). Anything that is not such JSON, such as an
 * HTML error page, gives nothing: it would only clutter a message.
 */
final class JiraErrorText {

  private static final JsonFactory JSON = new JsonFactory();

  private JiraErrorText() {}

  static String of(byte[] body) {
    List<String> texts = new ArrayList<>();
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "errorMessages" -> strings(p, t, texts);
          case "errors" -> strings(p, t, texts);
          case "message" -> {
            if (t == JsonToken.VALUE_STRING) {
              texts.add(p.getText());
            }
          }
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      // Broken or cut-off JSON: what was read before the break is still Jira's word.
    }
    return String.join("; ", texts.stream().filter(s -> !s.isBlank()).toList());
  }

  /** The strings in an array, or the string values of an object (field name to message). */
  private static void strings(JsonParser p, JsonToken t, List<String> into) throws IOException {
    if (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    JsonToken end = t == JsonToken.START_ARRAY ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
    for (JsonToken v = p.nextToken(); v != end && v != null; v = p.nextToken()) {
      if (v == JsonToken.VALUE_STRING) {
        into.add(p.getText());
      } else if (v != JsonToken.FIELD_NAME) {
        p.skipChildren();
      }
    }
  }
}
