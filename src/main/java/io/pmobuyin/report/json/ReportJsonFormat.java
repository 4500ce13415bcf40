package io.pmobuyin.report.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The report's JSON as Jackson writes and reads it. Writing: the schema-v1 layout to the byte
 * (two-space indents, {@code ": "}, {@code {}} and {@code []} when empty, decimals to four places,
 * and {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped in lower-case hex so a report can
 * sit inside a page). Reading: as strict as the schema, with no coercion (no text for a number, no
 * decimal for a count, no number for a pattern), no null where the schema wants a value, every
 * field present, and a field given twice refused; fields it does not know are skipped, so that a
 * report from a later compatible writer still reads.
 */
final class ReportJsonFormat {

  private ReportJsonFormat() {}

  static final ObjectMapper MAPPER = mapper();

  static final DefaultPrettyPrinter PRINTER = printer();

  private static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .setCharacterEscapes(new PageSafeEscapes());
    SimpleModule module = new SimpleModule("pmo-buyin-report");
    module.addSerializer(Double.class, new Decimals.Writer());
    module.addSerializer(double.class, new Decimals.Writer());
    module.addDeserializer(Double.class, new Decimals.Reader());
    module.addDeserializer(double.class, new Decimals.Reader());
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    module.addSerializer(Instant.class, ToStringSerializer.instance);
    module.addDeserializer(LocalDate.class, IsoDates.days());
    module.addDeserializer(Instant.class, IsoDates.instants());
    ReportMixins.byTarget().forEach(module::setMixInAnnotation);
    module.setSerializerModifier(new PatternNameWriter.AfterId());
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .addModule(module)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
            .withConfigOverride(
                double.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SET)))
            .withConfigOverride(
                Double.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SET)))
            .build();
    for (LogicalType type : LogicalType.values()) {
      for (CoercionInputShape shape : CoercionInputShape.values()) {
        mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
      }
    }
    // A whole number is a decimal all the same.
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, null);
    return mapper;
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indent)
        .withArrayIndenter(indent);
  }

  /** Jackson's escapes, and the five characters that must not end up raw inside a page. */
  private static final class PageSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private static final char[] PAGE_UNSAFE = {'<', '>', '&', '\u2028', '\u2029'};

    private final int[] escapes = standardAsciiEscapesForJSON();

    PageSafeEscapes() {
      for (char c : PAGE_UNSAFE) {
        if (c < escapes.length) {
          escapes[c] = ESCAPE_CUSTOM;
        }
      }
      for (int c = 0; c < 0x20; c++) {
        if (c != '\n' && c != '\r' && c != '\t') {
          escapes[c] = ESCAPE_CUSTOM;
        }
      }
      // Jackson escapes backspace and form feed as \b and \f; v1 writes them in hex.
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        return new SerializedString(String.format("\\u%04x", c));
      }
      return null;
    }
  }
}
