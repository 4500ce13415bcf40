package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.mining.record.PlausibleDates;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads one JSON value of an expected kind at the parser's current token. A value of another kind
 * marks the issue malformed and is skipped whole, so the parser always stays in step with the JSON.
 */
final class JsonFieldValues {

  private JsonFieldValues() {}

  static String text(JsonParser p, IssueDraft d, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t != JsonToken.VALUE_NULL) {
      wrongKind(p, d, field, "text");
    }
    return null;
  }

  /** An id that Jira writes as text, and some tools as a number. */
  static String idText(JsonParser p, IssueDraft d, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return p.getText();
    }
    return text(p, d, field);
  }

  /** Digits (and sign, point, exponent) beyond which no count of seconds or hours is real. */
  private static final int LONGEST_NUMBER = 40;

  static Long wholeNumber(JsonParser p, IssueDraft d, String field) throws IOException {
    JsonToken t = p.currentToken();
    if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)
        && p.getTextLength() > LONGEST_NUMBER) {
      // Checked on the text first: turning a thousand digits into a number takes long, for nothing.
      d.malformed("'" + field + "' is a number of " + p.getTextLength() + " digits");
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (!p.getNumberType().equals(JsonParser.NumberType.INT)
          && !p.getNumberType().equals(JsonParser.NumberType.LONG)) {
        d.malformed("'" + field + "' is a number too large: " + clip(p.getText()));
        return null;
      }
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = p.getDoubleValue();
      if (!Double.isFinite(value) || Math.abs(value) > Long.MAX_VALUE) {
        d.malformed("'" + field + "' is a number too large: " + clip(p.getText()));
        return null;
      }
      return Math.round(value);
    }
    if (t != JsonToken.VALUE_NULL) {
      wrongKind(p, d, field, "a number");
    }
    return null;
  }

  static boolean truth(JsonParser p, IssueDraft d, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    if (t != JsonToken.VALUE_NULL) {
      wrongKind(p, d, field, "true or false");
    }
    return false;
  }

  static Instant instant(JsonParser p, IssueDraft d, String field, JiraTimestamps timestamps)
      throws IOException {
    String text = text(p, d, field);
    if (text == null) {
      return null;
    }
    Instant instant = timestamps.instant(text);
    if (instant == null) {
      d.malformed(notADate(field, text, "a date and time"));
    }
    return instant;
  }

  static LocalDate date(JsonParser p, IssueDraft d, String field, JiraTimestamps timestamps)
      throws IOException {
    String text = text(p, d, field);
    if (text == null) {
      return null;
    }
    LocalDate date = timestamps.date(text);
    if (date == null) {
      d.malformed(notADate(field, text, "a date"));
    }
    return date;
  }

  private static String notADate(String field, String text, String what) {
    return JiraTimestamps.outsidePlausibleYears(text)
        ? "'"
            + field
            + "' is outside the years "
            + PlausibleDates.range()
            + ": \""
            + clip(text)
            + "\""
        : "'" + field + "' is not " + what + ": \"" + clip(text) + "\"";
  }

  /** True at the start of an object; false for null; anything else is marked and skipped. */
  static boolean startsObject(JsonParser p, IssueDraft d, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      wrongKind(p, d, field, "an object");
    }
    return false;
  }

  /** True at the start of a list; false for null; anything else is marked and skipped. */
  static boolean startsArray(JsonParser p, IssueDraft d, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      wrongKind(p, d, field, "a list");
    }
    return false;
  }

  /** The {@code name} member of an object such as priority or resolution. */
  static String nameOf(JsonParser p, IssueDraft d, String field) throws IOException {
    if (!startsObject(p, d, field)) {
      return null;
    }
    String name = null;
    for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
      p.nextToken();
      if (member.equals("name")) {
        name = text(p, d, field + ".name");
      } else {
        p.skipChildren();
      }
    }
    return name;
  }

  /**
   * The opaque id of a user object: accountId (Cloud), else key (Server, Data Center), else name.
   * Never the display name or e-mail address.
   */
  static String userId(JsonParser p, IssueDraft d, String field) throws IOException {
    if (!startsObject(p, d, field)) {
      return null;
    }
    String accountId = null;
    String key = null;
    String name = null;
    for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
      p.nextToken();
      switch (member) {
        case "accountId" -> accountId = text(p, d, field + ".accountId");
        case "key" -> key = text(p, d, field + ".key");
        case "name" -> name = text(p, d, field + ".name");
        default -> p.skipChildren();
      }
    }
    return accountId != null ? accountId : key != null ? key : name;
  }

  static void wrongKind(JsonParser p, IssueDraft d, String field, String expected)
      throws IOException {
    d.malformed("'" + field + "' should be " + expected + " but is " + kindOf(p.currentToken()));
    p.skipChildren();
  }

  static String kindOf(JsonToken t) {
    if (t == null) {
      return "missing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  private static String clip(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
