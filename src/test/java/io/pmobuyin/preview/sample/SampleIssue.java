package io.pmobuyin.preview.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** One issue read back from the generated JSON, with the accessors the tests need. */
record SampleIssue(JsonNode json) {

  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** One changed field of one history, flattened. */
  record Change(
      Instant at,
      String author,
      String field,
      String from,
      String fromText,
      String to,
      String toText) {}

  static Instant time(String text) {
    return OffsetDateTime.parse(text, JIRA_TIME).toInstant();
  }

  String key() {
    return json.path("key").asText();
  }

  JsonNode fields() {
    return json.path("fields");
  }

  String projectKey() {
    return fields().path("project").path("key").asText();
  }

  String type() {
    return fields().path("issuetype").path("name").asText();
  }

  Instant created() {
    return time(fields().path("created").asText());
  }

  Instant updated() {
    return time(fields().path("updated").asText());
  }

  /** When resolved, or null. */
  Instant resolved() {
    JsonNode date = fields().path("resolutiondate");
    return date.isNull() ? null : time(date.asText());
  }

  /** The due date, or null. */
  LocalDate due() {
    JsonNode date = fields().path("duedate");
    return date.isNull() ? null : LocalDate.parse(date.asText());
  }

  String status() {
    return fields().path("status").path("name").asText();
  }

  String statusCategory() {
    return fields().path("status").path("statusCategory").path("key").asText();
  }

  /** The resolution's name, or null. */
  String resolution() {
    JsonNode resolution = fields().path("resolution");
    return resolution.isNull() ? null : resolution.path("name").asText();
  }

  /** The final assignee's account id, or null. */
  String assignee() {
    JsonNode assignee = fields().path("assignee");
    return assignee.isNull() ? null : assignee.path("accountId").asText();
  }

  JsonNode changelog() {
    return json.path("changelog");
  }

  /** The export gave every history it says the issue has. */
  boolean changelogComplete() {
    return changelog().path("total").asInt() == changelog().path("histories").size();
  }

  List<Change> changes() {
    List<Change> changes = new ArrayList<>();
    for (JsonNode history : changelog().path("histories")) {
      Instant at = time(history.path("created").asText());
      String author = history.path("author").path("accountId").asText();
      for (JsonNode item : history.path("items")) {
        changes.add(
            new Change(
                at,
                author,
                item.path("field").asText(),
                text(item.path("from")),
                text(item.path("fromString")),
                text(item.path("to")),
                text(item.path("toString"))));
      }
    }
    return changes;
  }

  List<Change> changes(String field) {
    return changes().stream().filter(change -> change.field().equals(field)).toList();
  }

  /** The last change of the field, or null. */
  Change lastChange(String field) {
    List<Change> changes = changes(field);
    return changes.isEmpty() ? null : changes.get(changes.size() - 1);
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? null : node.asText();
  }
}
