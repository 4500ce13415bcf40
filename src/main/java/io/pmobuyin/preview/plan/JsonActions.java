package io.pmobuyin.preview.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An actions file as JSON: an array of action objects, or an object whose {@code actions} holds
 * them (so a report's {@code plan} section reads back as it is). Texts are strings, {@code done} a
 * boolean, {@code patterns}, {@code projects} and {@code services} arrays of strings, {@code
 * started} a date string or null. Streamed, so that each problem names the line its action starts
 * on.
 */
final class JsonActions {

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonActions() {}

  static void read(Reader in, ActionRows rows) throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        if (!toActions(parser, rows)) {
          return;
        }
      } else if (first != JsonToken.START_ARRAY) {
        rows.problem(ActionProblem.ofRow(line(parser), "pmobuyin.actions.problem.json-shape"));
        return;
      }
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          action(parser, rows);
        } else {
          rows.problem(ActionProblem.ofRow(line(parser), "pmobuyin.actions.problem.json-shape"));
          parser.skipChildren();
        }
      }
    }
  }

  /** Moves to the start of the {@code actions} array; false when the object has none. */
  private static boolean toActions(JsonParser parser, ActionRows rows) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("actions") && value == JsonToken.START_ARRAY) {
        return true;
      }
      parser.skipChildren();
    }
    rows.problem(ActionProblem.ofRow(line(parser), "pmobuyin.actions.problem.json-shape"));
    return false;
  }

  private static void action(JsonParser parser, ActionRows rows) throws IOException {
    int line = line(parser);
    Map<ActionField, List<String>> values = new EnumMap<>(ActionField.class);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      int at = line(parser);
      ActionField field = ActionField.named(name).orElse(null);
      if (field == null) {
        rows.problem(
            new ActionProblem(
                at, name, "pmobuyin.actions.problem.unknown-field", List.of(ActionField.names())));
        parser.skipChildren();
        continue;
      }
      List<String> value = value(parser, field, token);
      if (value == null) {
        rows.problem(ActionProblem.of(at, field, kindKey(field)));
        parser.skipChildren();
      } else {
        values.put(field, value);
      }
    }
    rows.add(new RawAction(line, values));
  }

  /** The field's texts, or null when the JSON gives a value of the wrong kind. */
  private static List<String> value(JsonParser parser, ActionField field, JsonToken token)
      throws IOException {
    if (token == JsonToken.VALUE_NULL && !field.required()) {
      return List.of();
    }
    if (field == ActionField.DONE) {
      return token.isBoolean() ? List.of(Boolean.toString(token == JsonToken.VALUE_TRUE)) : null;
    }
    if (!field.isList()) {
      return token == JsonToken.VALUE_STRING ? List.of(parser.getText()) : null;
    }
    if (token != JsonToken.START_ARRAY) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; ) {
      if (item != JsonToken.VALUE_STRING) {
        // Skip the rest of the array so that reading goes on after it.
        parser.skipChildren();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          parser.skipChildren();
        }
        return null;
      }
      items.add(parser.getText().strip());
      item = parser.nextToken();
    }
    return items;
  }

  private static String kindKey(ActionField field) {
    if (field == ActionField.DONE) {
      return "pmobuyin.actions.problem.want-boolean";
    }
    return field.isList()
        ? "pmobuyin.actions.problem.want-list"
        : "pmobuyin.actions.problem.want-text";
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
