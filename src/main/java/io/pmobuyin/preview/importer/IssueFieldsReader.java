package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.JsonFieldValues.date;
import static io.pmobuyin.preview.importer.JsonFieldValues.instant;
import static io.pmobuyin.preview.importer.JsonFieldValues.nameOf;
import static io.pmobuyin.preview.importer.JsonFieldValues.startsArray;
import static io.pmobuyin.preview.importer.JsonFieldValues.startsObject;
import static io.pmobuyin.preview.importer.JsonFieldValues.text;
import static io.pmobuyin.preview.importer.JsonFieldValues.truth;
import static io.pmobuyin.preview.importer.JsonFieldValues.userId;
import static io.pmobuyin.preview.importer.JsonFieldValues.wholeNumber;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.mining.record.LinkRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.record.VersionRecord;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an issue's {@code fields} object (REST v2 names; v3 has the same shape) member by member,
 * skipping everything the engine does not use, such as descriptions and comments.
 */
final class IssueFieldsReader {

  private static final String CUSTOM_FIELD_PREFIX = "customfield_";

  private final JiraTimestamps timestamps;
  private final RoleAnswers roles;
  private final CustomFieldReader custom;

  IssueFieldsReader(JiraTimestamps timestamps, RoleAnswers roles) {
    this.timestamps = timestamps;
    this.roles = roles;
    this.custom = new CustomFieldReader(timestamps);
  }

  void read(JsonParser p, IssueDraft d) throws IOException {
    if (!startsObject(p, d, "fields")) {
      return;
    }
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "project" -> project(p, d);
        case "issuetype" -> issueType(p, d);
        case "priority" -> d.priority = nameOf(p, d, name);
        case "status" -> status(p, d);
        case "resolution" -> d.resolution = nameOf(p, d, name);
        case "created" -> d.created = instant(p, d, name, timestamps);
        case "resolutiondate" -> d.resolved = instant(p, d, name, timestamps);
        case "updated" -> d.updated = instant(p, d, name, timestamps);
        case "duedate" -> d.due = date(p, d, name, timestamps);
        case "timeoriginalestimate" -> d.originalEstimateSeconds = wholeNumber(p, d, name);
        case "timespent" -> {
          d.timeSpentSeconds = wholeNumber(p, d, name);
          d.timeSpentGiven = true;
        }
        case "aggregatetimespent" -> d.aggregateTimeSpentSeconds = wholeNumber(p, d, name);
        case "fixVersions" -> d.fixVersions = versions(p, d);
        case "components" -> d.components = names(p, d, name);
        case "labels" -> d.labels = texts(p, d, name);
        case "assignee" -> d.assigneeId = userId(p, d, name);
        case "reporter" -> d.reporterId = userId(p, d, name);
        case "issuelinks" -> d.links = links(p, d);
        default -> customField(name, p, d);
      }
    }
  }

  private void customField(String name, JsonParser p, IssueDraft d) throws IOException {
    // Most of an issue's many custom fields are null: nothing to look up for them.
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    CustomFieldRole role = roles.roleOf(name);
    if (role != null) {
      custom.read(role, name, p, d);
    } else if (name.startsWith(CUSTOM_FIELD_PREFIX)) {
      custom.readUnmapped(name, p, d);
    } else {
      p.skipChildren();
    }
  }

  private static void project(JsonParser p, IssueDraft d) throws IOException {
    if (!startsObject(p, d, "project")) {
      return;
    }
    for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
      p.nextToken();
      switch (member) {
        case "key" -> d.projectKey = text(p, d, "project.key");
        case "name" -> d.projectName = text(p, d, "project.name");
        case "projectCategory" -> d.projectCategory = nameOf(p, d, "project.projectCategory");
        default -> p.skipChildren();
      }
    }
  }

  private static void issueType(JsonParser p, IssueDraft d) throws IOException {
    if (!startsObject(p, d, "issuetype")) {
      return;
    }
    for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
      p.nextToken();
      switch (member) {
        case "name" -> d.type = text(p, d, "issuetype.name");
        case "subtask" -> d.subtask = truth(p, d, "issuetype.subtask");
        default -> p.skipChildren();
      }
    }
  }

  private static void status(JsonParser p, IssueDraft d) throws IOException {
    if (!startsObject(p, d, "status")) {
      return;
    }
    for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
      p.nextToken();
      switch (member) {
        case "name" -> d.status = text(p, d, "status.name");
        case "statusCategory" -> d.statusCategory = statusCategory(p, d);
        default -> p.skipChildren();
      }
    }
  }

  private static StatusCategory statusCategory(JsonParser p, IssueDraft d) throws IOException {
    String key = null;
    if (startsObject(p, d, "status.statusCategory")) {
      for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
        p.nextToken();
        if (member.equals("key")) {
          key = text(p, d, "status.statusCategory.key");
        } else {
          p.skipChildren();
        }
      }
    }
    return StatusCategory.fromJiraKey(key);
  }

  private List<VersionRecord> versions(JsonParser p, IssueDraft d) throws IOException {
    if (!startsArray(p, d, "fixVersions")) {
      return List.of();
    }
    List<VersionRecord> versions = new ArrayList<>(2);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (!startsObject(p, d, "fixVersions")) {
        continue;
      }
      String name = null;
      boolean released = false;
      LocalDate releaseDate = null;
      LocalDate startDate = null;
      for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
        p.nextToken();
        switch (member) {
          case "name" -> name = text(p, d, "fixVersions.name");
          case "released" -> released = truth(p, d, "fixVersions.released");
          case "releaseDate" -> releaseDate = date(p, d, "fixVersions.releaseDate", timestamps);
          case "startDate" -> startDate = date(p, d, "fixVersions.startDate", timestamps);
          default -> p.skipChildren();
        }
      }
      if (name == null) {
        d.malformed("a fix version has no name");
      } else {
        versions.add(new VersionRecord(name, releaseDate, released, startDate));
      }
    }
    return versions;
  }

  private static List<String> names(JsonParser p, IssueDraft d, String field) throws IOException {
    if (!startsArray(p, d, field)) {
      return List.of();
    }
    List<String> names = new ArrayList<>(2);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String name = nameOf(p, d, field);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<String> texts(JsonParser p, IssueDraft d, String field) throws IOException {
    if (!startsArray(p, d, field)) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(2);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String text = text(p, d, field);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  private static List<LinkRecord> links(JsonParser p, IssueDraft d) throws IOException {
    if (!startsArray(p, d, "issuelinks")) {
      return List.of();
    }
    List<LinkRecord> links = new ArrayList<>(2);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      LinkRecord link = IssueLinkReader.read(p, d);
      if (link != null) {
        links.add(link);
      }
    }
    return links;
  }
}
