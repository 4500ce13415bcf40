package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.JsonFieldValues.text;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Map;

/**
 * Reads one issue object ({@code id}, {@code key}, {@code fields}, {@code changelog}) into an
 * {@link IssueDraft}, skipping what the engine does not use (rendered fields, transitions, ...).
 */
final class JiraIssueReader {

  private final IssueFieldsReader fields;
  private final ChangelogReader changelog;

  /**
   * @param names the export's field id to display name map, empty if it has none
   */
  JiraIssueReader(ImportOptions options, Map<String, String> names) {
    JiraTimestamps timestamps = new JiraTimestamps(options.dateZone());
    CustomFieldRoles roles = CustomFieldRoles.resolve(options, names);
    this.fields = new IssueFieldsReader(timestamps, roles);
    this.changelog = new ChangelogReader(timestamps, roles);
  }

  /** Reads the rest of an issue object whose opening brace is the current token. */
  void readIssue(JsonParser p, IssueDraft d) throws IOException {
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (!readMember(name, p, d)) {
        p.skipChildren();
      }
    }
  }

  /** Whether a member shows that an object is an issue (a search page has none of them). */
  static boolean isIssueMember(String name) {
    return switch (name) {
      case "key", "fields", "changelog", "id" -> true;
      default -> false;
    };
  }

  /**
   * Reads one member of an issue object whose value is the current token.
   *
   * @return false if an issue has no such member; the caller then reads or skips it
   */
  boolean readMember(String name, JsonParser p, IssueDraft d) throws IOException {
    switch (name) {
      case "key" -> d.key = text(p, d, "key");
      case "fields" -> fields.read(p, d);
      case "changelog" -> changelog.read(p, d);
      case "id" -> p.skipChildren();
      default -> {
        return false;
      }
    }
    return true;
  }
}
