package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statuses no one categorised, with their issues: a list of {@code {"name", "issues"}} rather than
 * an object keyed by status, since status names are the admin's free text and would make odd keys.
 */
final class StatusCounts {

  private StatusCounts() {}

  /** One status as the JSON lists it. */
  record StatusCount(String name, long issues) {}

  static final class Writer extends JsonSerializer<Map<String, Long>> {
    @Override
    public void serialize(Map<String, Long> statuses, JsonGenerator out, SerializerProvider to)
        throws IOException {
      out.writeStartArray();
      for (Map.Entry<String, Long> status : new TreeMap<>(statuses).entrySet()) {
        to.defaultSerializeValue(new StatusCount(status.getKey(), status.getValue()), out);
      }
      out.writeEndArray();
    }
  }

  static final class Reader extends JsonDeserializer<Map<String, Long>> {
    @Override
    public Map<String, Long> deserialize(JsonParser in, DeserializationContext context)
        throws IOException {
      List<StatusCount> counts =
          context.readValue(
              in, context.getTypeFactory().constructCollectionType(List.class, StatusCount.class));
      Map<String, Long> statuses = new TreeMap<>();
      counts.forEach(count -> statuses.put(count.name(), count.issues()));
      return statuses;
    }
  }
}
