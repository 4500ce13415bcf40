package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.JsonFieldValues.text;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one issue object ({@code id}, {@code key}, {@code fields}, {@code changelog}) into an
 * {@link IssueDraft}, skipping what the engine does not use (rendered fields, transitions, ...).
 */
final class JiraIssueReader {

  private final RoleAnswers roles;
  private final IssueFieldsReader fields;
  private final ChangelogReader changelog;

  JiraIssueReader(ImportOptions options, CustomFieldRoles roles) {
    JiraTimestamps timestamps = new JiraTimestamps(options.dateZone());
    this.roles = new RoleAnswers(roles);
    this.fields = new IssueFieldsReader(timestamps, this.roles);
    this.changelog = new ChangelogReader(timestamps, this.roles);
  }

  /** Whether the issues read so far would have been read differently with other roles. */
  boolean wouldReadDifferentlyWith(CustomFieldRoles other) {
    return roles.wouldDifferFrom(other);
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
