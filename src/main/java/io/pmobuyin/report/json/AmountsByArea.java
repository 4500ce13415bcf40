package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.pmobuyin.mining.pattern.ValueArea;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Money by value area: every area, in the catalogue's order, zero where nothing fell to it, so a
 * reader adding up the areas never meets a gap. Reading asks for every area in the same way.
 */
final class AmountsByArea {

  private AmountsByArea() {}

  /** The object as written: one decimal per area, under the area's id. */
  record Amounts(double employee, double customer, double financial) {}

  static final class Writer extends JsonSerializer<Map<ValueArea, Double>> {
    @Override
    public void serialize(Map<ValueArea, Double> amounts, JsonGenerator out, SerializerProvider to)
        throws IOException {
      out.writeStartObject();
      for (ValueArea area : ValueArea.values()) {
        out.writeFieldName(area.id());
        to.defaultSerializeValue(amounts.getOrDefault(area, 0.0), out);
      }
      out.writeEndObject();
    }
  }

  static final class Reader extends JsonDeserializer<Map<ValueArea, Double>> {
    @Override
    public Map<ValueArea, Double> deserialize(JsonParser in, DeserializationContext context)
        throws IOException {
      Amounts read = context.readValue(in, Amounts.class);
      Map<ValueArea, Double> amounts = new EnumMap<>(ValueArea.class);
      amounts.put(ValueArea.EMPLOYEE, read.employee());
      amounts.put(ValueArea.CUSTOMER, read.customer());
      amounts.put(ValueArea.FINANCIAL, read.financial());
      return amounts;
    }
  }
}
