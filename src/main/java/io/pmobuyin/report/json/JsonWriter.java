package io.pmobuyin.report.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The streaming writer of the report's schema-v1 layout: two-space indents with {@code ": "}, empty
 * objects and arrays as {@code {}} and {@code []}, numbers that are not finite as {@code null},
 * decimals rounded to four places so reports are stable to read and to compare, and {@code <},
 * {@code >}, {@code &}, U+2028 and U+2029 escaped in lower-case hex so a report can sit inside a
 * page. jackson-core (which the reader uses) would need a printer and escapes of our own to give
 * the same bytes; the move to a data-binding model is issue 14's open part.
 */
public final class JsonWriter {

  private final Writer out;
  private final StringBuilder indent = new StringBuilder("\n");
  private boolean first = true;
  private boolean afterName;

  public JsonWriter(Writer out) {
    this.out = out;
  }

  public JsonWriter beginObject() {
    return open('{');
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    return open('[');
  }

  public JsonWriter endArray() {
    return close(']');
  }

  public JsonWriter name(String name) {
    separate();
    writeString(name);
    write(": ");
    afterName = true;
    return this;
  }

  public JsonWriter value(String value) {
    separate();
    if (value == null) {
      write("null");
    } else {
      writeString(value);
    }
    return this;
  }

  public JsonWriter value(long value) {
    separate();
    write(Long.toString(value));
    return this;
  }

  public JsonWriter value(double value) {
    separate();
    if (Double.isFinite(value)) {
      write(
          BigDecimal.valueOf(value)
              .setScale(4, RoundingMode.HALF_EVEN)
              .stripTrailingZeros()
              .toPlainString());
    } else {
      write("null");
    }
    return this;
  }

  public JsonWriter value(boolean value) {
    separate();
    write(Boolean.toString(value));
    return this;
  }

  public JsonWriter nullValue() {
    separate();
    write("null");
    return this;
  }

  public void flush() {
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonWriter open(char bracket) {
    separate();
    write(String.valueOf(bracket));
    indent.append("  ");
    first = true;
    return this;
  }

  private JsonWriter close(char bracket) {
    indent.setLength(indent.length() - 2);
    if (!first) {
      write(indent.toString());
    }
    write(String.valueOf(bracket));
    first = false;
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!first) {
      write(",");
    }
    if (indent.length() > 1) {
      write(indent.toString());
    }
    first = false;
  }

  private void writeString(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    write(escaped.append('"').toString());
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
