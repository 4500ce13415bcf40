package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.pmobuyin.mining.portfolio.IssueKeys;
import java.io.IOException;

/**
 * A pattern's issue keys as one short text ({@code "HDFS-3..7,12 HADOOP-40"}, see {@link
 * IssueKeys}) rather than an array of keys: a large project's pattern can have thousands of issues,
 * and runs of numbers keep the stored report small.
 */
final class IssueKeysText {

  private IssueKeysText() {}

  static final class Writer extends JsonSerializer<IssueKeys> {
    @Override
    public void serialize(IssueKeys keys, JsonGenerator out, SerializerProvider to)
        throws IOException {
      out.writeString(keys.toString());
    }
  }

  static final class Reader extends JsonDeserializer<IssueKeys> {
    @Override
    public IssueKeys deserialize(JsonParser in, DeserializationContext context) throws IOException {
      if (in.currentToken() != JsonToken.VALUE_STRING) {
        return (IssueKeys) context.handleUnexpectedToken(IssueKeys.class, in);
      }
      try {
        return IssueKeys.parse(in.getText());
      } catch (IllegalArgumentException e) {
        throw context.weirdStringException(in.getText(), IssueKeys.class, e.getMessage());
      }
    }
  }
}
