package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.JsonFieldValues.instant;
import static io.pmobuyin.preview.importer.JsonFieldValues.text;
import static io.pmobuyin.preview.importer.JsonFieldValues.userId;
import static io.pmobuyin.preview.importer.JsonFieldValues.wrongKind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.mining.record.SprintRecord;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads the custom fields the engine uses, in the shapes Jira versions write them: sprints as
 * objects (Cloud, newer Data Center) or legacy text, the flag as a list of options, the PMO scope
 * as text, option or list of either, the sponsor as a user.
 */
final class CustomFieldReader {

  private final JiraTimestamps timestamps;

  CustomFieldReader(JiraTimestamps timestamps) {
    this.timestamps = timestamps;
  }

  void read(CustomFieldRole role, String field, JsonParser p, IssueDraft d) throws IOException {
    switch (role) {
      case SPRINT -> sprints(field, p, d);
      case FLAGGED -> d.flagged |= flagged(field, p, d);
      case PMO_SCOPE -> scope(field, p, d);
      case SPONSOR -> sponsor(field, p, d);
    }
  }

  /**
   * A custom field no option names. Legacy sprint text is unmistakable, so such a field is read as
   * sprints even where the export has no {@code names} map to say it is the Sprint field.
   */
  void readUnmapped(String field, JsonParser p, IssueDraft d) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    JsonToken first = p.nextToken();
    if (first == JsonToken.VALUE_STRING && LegacySprintText.looksLikeSprint(p.getText())) {
      for (JsonToken t = first; t != JsonToken.END_ARRAY; t = p.nextToken()) {
        sprint(field, p, d);
      }
      return;
    }
    for (JsonToken t = first; t != JsonToken.END_ARRAY; t = p.nextToken()) {
      p.skipChildren();
    }
  }

  private void sprints(String field, JsonParser p, IssueDraft d) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      sprint(field, p, d);
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      sprint(field, p, d);
    }
  }

  private void sprint(String field, JsonParser p, IssueDraft d) throws IOException {
    JsonToken t = p.currentToken();
    String name;
    Instant start;
    if (t == JsonToken.VALUE_STRING) {
      LegacySprintText.Parts parts = LegacySprintText.parse(p.getText());
      name = parts.name();
      start = parts.startDate() == null ? null : timestamps.instant(parts.startDate());
      if (parts.startDate() != null && start == null) {
        d.malformed("a sprint in '" + field + "' has an unreadable startDate");
      }
    } else if (t == JsonToken.START_OBJECT) {
      name = null;
      start = null;
      for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
        p.nextToken();
        switch (member) {
          case "name" -> name = text(p, d, field + ".name");
          case "startDate" -> start = instant(p, d, field + ".startDate", timestamps);
          default -> p.skipChildren();
        }
      }
    } else {
      if (t != JsonToken.VALUE_NULL) {
        wrongKind(p, d, field, "a sprint");
      }
      return;
    }
    // A sprint without a name matches nothing the engine could count, so it is left out.
    if (name != null) {
      d.sprints.add(new SprintRecord(name, start));
    }
  }

  private static boolean flagged(String field, JsonParser p, IssueDraft d) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_ARRAY -> {
        boolean any = false;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          any |= p.currentToken() != JsonToken.VALUE_NULL;
          p.skipChildren();
        }
        return any;
      }
      case START_OBJECT -> {
        p.skipChildren();
        return true;
      }
      case VALUE_STRING -> {
        return !p.getText().isBlank();
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE, VALUE_NULL -> {
        return false;
      }
      default -> {
        wrongKind(p, d, field, "a list of flags");
        return false;
      }
    }
  }

  private static void scope(String field, JsonParser p, IssueDraft d) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      scopeValue(field, p, d);
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      scopeValue(field, p, d);
    }
  }

  private static void scopeValue(String field, JsonParser p, IssueDraft d) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      add(d, p.getText());
    } else if (t == JsonToken.START_OBJECT) {
      String value = null;
      String name = null;
      for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
        p.nextToken();
        switch (member) {
          case "value" -> value = text(p, d, field + ".value");
          case "name" -> name = text(p, d, field + ".name");
          default -> p.skipChildren();
        }
      }
      add(d, value != null ? value : name);
    } else if (t != JsonToken.VALUE_NULL) {
      wrongKind(p, d, field, "text or an option");
    }
  }

  private static void add(IssueDraft d, String scope) {
    if (scope != null && !scope.isBlank()) {
      d.pmoScope.add(scope);
    }
  }

  private static void sponsor(String field, JsonParser p, IssueDraft d) throws IOException {
    String id;
    if (p.currentToken() == JsonToken.START_ARRAY) {
      // A multi-user field: the first person stands for the sponsor.
      id = null;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String next = userId(p, d, field);
        id = id != null ? id : next;
      }
    } else {
      id = userId(p, d, field);
    }
    if (d.sponsorId == null) {
      d.sponsorId = id;
    }
  }
}
