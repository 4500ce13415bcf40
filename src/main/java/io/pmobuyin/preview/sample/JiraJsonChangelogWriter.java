package io.pmobuyin.preview.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * Writes an issue's {@code changelog}: its histories oldest first. Where the story says the export
 * was cut short, only the first histories are written while {@code total} still counts all, as a
 * search capped at {@code maxResults} does.
 */
final class JiraJsonChangelogWriter {

  void write(JsonGenerator json, IssueStory issue) throws IOException {
    List<HistoryEntry> histories = issue.histories();
    int given = issue.changelogGiven();
    json.writeObjectFieldStart("changelog");
    json.writeNumberField("startAt", 0);
    json.writeNumberField("maxResults", given);
    json.writeNumberField("total", histories.size());
    json.writeArrayFieldStart("histories");
    for (int i = 0; i < given; i++) {
      writeHistory(json, histories.get(i));
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeHistory(JsonGenerator json, HistoryEntry history) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", Long.toString(history.id()));
    json.writeFieldName("author");
    JiraJsonIssueWriter.writePerson(json, history.author());
    json.writeStringField("created", JiraTime.timestamp(history.created()));
    json.writeArrayFieldStart("items");
    for (HistoryItem item : history.items()) {
      json.writeStartObject();
      json.writeStringField("field", item.field());
      json.writeStringField("fieldtype", item.fieldtype());
      if (item.fieldId() != null) {
        json.writeStringField("fieldId", item.fieldId());
      }
      json.writeStringField("from", item.from());
      json.writeStringField("fromString", item.fromText());
      json.writeStringField("to", item.to());
      json.writeStringField("toString", item.toText());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
