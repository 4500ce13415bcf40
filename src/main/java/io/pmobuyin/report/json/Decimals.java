package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The report's decimals: written to four places so reports are stable to read and to compare, and a
 * figure that is not a number (a share of no issues) written as null and read back as NaN.
 */
final class Decimals {

  private Decimals() {}

  /** The text a decimal is written as: four places at most, no trailing zeros, no exponent. */
  static String text(double value) {
    return BigDecimal.valueOf(value)
        .setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  static final class Writer extends StdScalarSerializer<Double> {

    private static final long serialVersionUID = 1L;

    Writer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator out, SerializerProvider to)
        throws IOException {
      if (Double.isFinite(value)) {
        out.writeNumber(text(value));
      } else {
        out.writeNull();
      }
    }
  }

  static final class Reader extends StdScalarDeserializer<Double> {

    private static final long serialVersionUID = 1L;

    Reader() {
      super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser in, DeserializationContext context) throws IOException {
      if (!in.currentToken().isNumeric()) {
        return (Double) context.handleUnexpectedToken(Double.class, in);
      }
      double value = in.getDoubleValue();
      if (!Double.isFinite(value)) {
        return (Double) context.handleWeirdNumberValue(Double.class, value, "out of range");
      }
      return value;
    }

    @Override
    public Double getNullValue(DeserializationContext context) {
      return Double.NaN;
    }
  }
}
