package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Days and instants as ISO text, both ways ({@code toString} writes them). Not Jackson's java.time
 * module: it also reads numbers and arrays as dates, where a report has only ISO text.
 */
final class IsoDates<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  static final String DAY_EXPECTED = "expected a date such as 2024-03-31";
  static final String INSTANT_EXPECTED = "expected an instant such as 2024-03-31T08:00:00Z";

  private final transient Function<String, T> parse;
  private final String expected;

  private IsoDates(Class<T> type, Function<String, T> parse, String expected) {
    super(type);
    this.parse = parse;
    this.expected = expected;
  }

  static IsoDates<LocalDate> days() {
    return new IsoDates<>(LocalDate.class, LocalDate::parse, DAY_EXPECTED);
  }

  static IsoDates<Instant> instants() {
    return new IsoDates<>(Instant.class, Instant::parse, INSTANT_EXPECTED);
  }

  @Override
  public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      @SuppressWarnings("unchecked")
      T never = (T) context.handleUnexpectedToken(handledType(), in);
      return never;
    }
    try {
      return parse.apply(in.getText());
    } catch (DateTimeParseException e) {
      return context.reportInputMismatch(this, expected);
    }
  }
}
