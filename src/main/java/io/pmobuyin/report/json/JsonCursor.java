package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A streaming parser that knows where in the document it is, so that every complaint names a path.
 * Each reading method expects the parser on the first token of a value and leaves it on the last.
 */
final class JsonCursor {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonParser parser;
  private final List<String> path = new ArrayList<>();

  JsonCursor(JsonParser parser) {
    this.parser = parser;
  }

  /** Moves to the next token: null at the end of the input. */
  JsonToken next() {
    return io(parser::nextToken);
  }

  boolean atNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  String text() {
    expect(parser.currentToken() == JsonToken.VALUE_STRING, "a string");
    return io(parser::getText);
  }

  String nullableText() {
    return atNull() ? null : text();
  }

  long count() {
    expect(parser.currentToken() == JsonToken.VALUE_NUMBER_INT, "an integer");
    return io(parser::getLongValue);
  }

  int smallCount() {
    expect(parser.currentToken() == JsonToken.VALUE_NUMBER_INT, "an integer");
    return io(parser::getIntValue);
  }

  /** A decimal; null stands for NaN, since the writer writes every non-finite number as null. */
  double number() {
    if (atNull()) {
      return Double.NaN;
    }
    expect(parser.currentToken().isNumeric(), "a number or null");
    double value = io(parser::getDoubleValue);
    if (!Double.isFinite(value)) {
      throw error("number out of range");
    }
    return value;
  }

  LocalDate date() {
    String text = text();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("expected a date such as 2024-03-31");
    }
  }

  LocalDate nullableDate() {
    return atNull() ? null : date();
  }

  /** Reads an object's fields; a field the handler does not take is skipped whole. */
  void object(FieldHandler handler) {
    expect(parser.currentToken() == JsonToken.START_OBJECT, "an object");
    while (next() == JsonToken.FIELD_NAME) {
      String name = io(parser::currentName);
      next();
      path.add(segment(name));
      if (!handler.field(name)) {
        io(parser::skipChildren);
      }
      path.remove(path.size() - 1);
    }
  }

  void array(Runnable element) {
    expect(parser.currentToken() == JsonToken.START_ARRAY, "an array");
    int index = 0;
    while (next() != JsonToken.END_ARRAY) {
      path.add("[" + index++ + "]");
      element.run();
      path.remove(path.size() - 1);
    }
  }

  ReportJsonException error(String problem) {
    return new ReportJsonException(path(), problem);
  }

  ReportJsonException errorAt(String field, String problem) {
    return new ReportJsonException(path() + segment(field), problem);
  }

  String path() {
    return "$" + String.join("", path);
  }

  private void expect(boolean found, String what) {
    if (!found) {
      throw error("expected " + what + ", found " + describe(parser.currentToken()));
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  private static String segment(String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return "." + name;
    }
    return "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** Jackson's own complaints (not JSON, a number too large) become ours, with the path. */
  private <T> T io(ParserCall<T> call) {
    try {
      return call.call();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new ReportJsonException(
          path(), "unreadable" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  interface FieldHandler {
    /** Reads the field's value and says so, or says it does not know the field. */
    boolean field(String name);
  }

  @FunctionalInterface
  private interface ParserCall<T> {
    T call() throws IOException;
  }
}
