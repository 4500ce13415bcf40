package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's complaints about a stored report, said as the report's reader says them: where in the
 * document (a JSON path such as {@code $.patterns[2].share}) and what was expected there, in words
 * an admin can act on without knowing the records behind the JSON.
 */
final class ReadProblems {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Pattern MISSING =
      Pattern.compile("Missing (?:required )?creator property '([^']*)'");

  private ReadProblems() {}

  /** The text itself is not JSON: where it breaks off, by line and column too. */
  static ReportJsonException unreadable(JsonProcessingException e) {
    String path = "$";
    if (e.getProcessor() instanceof JsonParser parser) {
      path = path(parser.getParsingContext());
    }
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return new ReportJsonException(path, "unreadable" + where + ": " + e.getOriginalMessage(), e);
  }

  /**
   * The JSON does not make a report: a field missing, null, or of the wrong kind.
   *
   * @param document the document read, to tell what was found where something else was expected
   */
  static ReportJsonException of(JsonProcessingException e, JsonNode document) {
    if (!(e instanceof JsonMappingException mapping)) {
      return unreadable(e);
    }
    String path = path(mapping.getPath());
    Matcher missing = MISSING.matcher(e.getOriginalMessage());
    if (missing.find()) {
      String field = segment(missing.group(1));
      return new ReportJsonException(
          path.endsWith(field) ? path : path + field, "required field missing", e);
    }
    if (e instanceof InvalidNullException nulled) {
      String field =
          nulled.getPropertyName() == null ? "" : nulled.getPropertyName().getSimpleName();
      String at = field.isEmpty() || path.endsWith(segment(field)) ? path : path + segment(field);
      return new ReportJsonException(
          at, "expected " + kind(nulled.getTargetType()) + ", found null", e);
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return new ReportJsonException(path, e.getCause().getMessage(), e);
    }
    if (e instanceof InvalidFormatException format) {
      Class<?> type = format.getTargetType();
      if (type != null && type.isEnum()) {
        return new ReportJsonException(path, "unknown " + type.getSimpleName(), e);
      }
      if (format.getValue() instanceof Double value && !Double.isFinite(value)) {
        return new ReportJsonException(path, "number out of range", e);
      }
    }
    if (e.getOriginalMessage().startsWith("expected ")) {
      return new ReportJsonException(path, e.getOriginalMessage(), e);
    }
    if (e instanceof MismatchedInputException mismatch) {
      JsonNode found = at(document, mapping.getPath());
      return new ReportJsonException(
          path,
          "expected "
              + kind(mismatch.getTargetType())
              + ", found "
              + (found == null ? "something else" : describe(found.asToken())),
          e);
    }
    if (e.getCause() instanceof StreamReadException number) {
      // A number the parser cannot give as the type asked for, such as a count beyond a long.
      String problem = number.getOriginalMessage();
      return new ReportJsonException(
          path, problem.contains("out of range") ? "number out of range" : problem, e);
    }
    return new ReportJsonException(path, e.getOriginalMessage(), e);
  }

  /** The node a path of references leads to in the document; null where it leads nowhere. */
  private static JsonNode at(JsonNode document, List<JsonMappingException.Reference> path) {
    JsonNode node = document;
    for (JsonMappingException.Reference reference : path) {
      if (node == null) {
        return null;
      }
      node =
          reference.getFieldName() != null
              ? node.get(reference.getFieldName())
              : node.get(reference.getIndex());
    }
    return node;
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private static String kind(Object target) {
    Class<?> type =
        target instanceof JavaType javaType
            ? javaType.getRawClass()
            : target instanceof Class<?> c ? c : Object.class;
    if (type == String.class || type.isEnum() || Temporal.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class) {
      return "a number or null";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(segment(reference.getFieldName()));
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /**
   * Where a parser is, without the field it last read in the innermost object: a document that
   * breaks off after a value names the object it broke in.
   */
  private static String path(JsonStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        segments.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
      } else if (at.getCurrentName() != null && at != context) {
        segments.add(0, segment(at.getCurrentName()));
      }
    }
    return "$" + String.join("", segments);
  }

  static String segment(String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return "." + name;
    }
    return "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }
}
