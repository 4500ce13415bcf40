package io.pmobuyin.preview.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one issue the way Jira's REST API v2 search returns it with {@code expand=changelog}: id,
 * key, fields and changelog. Only the fields the sample has; no {@code self} links.
 */
final class JiraJsonIssueWriter {

  static final String SPRINT_FIELD = "customfield_10020";
  static final String FLAGGED_FIELD = "customfield_10021";
  static final String PMO_SCOPE_FIELD = "customfield_10100";
  static final String SPONSOR_FIELD = "customfield_10101";

  private final JiraJsonChangelogWriter changelog = new JiraJsonChangelogWriter();

  void write(JsonGenerator json, IssueStory issue) throws IOException {
    json.writeStartObject();
    json.writeStringField("expand", "operations,editmeta,changelog,renderedFields");
    json.writeStringField("id", Long.toString(issue.id()));
    json.writeStringField("key", issue.key());
    json.writeObjectFieldStart("fields");
    writeIdentity(json, issue);
    writeState(json, issue);
    writePlanning(json, issue);
    writePeople(json, issue);
    writeLinks(json, issue);
    writeCustomFields(json, issue);
    json.writeEndObject();
    changelog.write(json, issue);
    json.writeEndObject();
  }

  private void writeIdentity(JsonGenerator json, IssueStory issue) throws IOException {
    ProjectPlan project = issue.project();
    IssueBasics basics = issue.basics();
    json.writeStringField("summary", basics.summary());
    json.writeObjectFieldStart("project");
    json.writeStringField("id", Long.toString(project.id()));
    json.writeStringField("key", project.key());
    json.writeStringField("name", project.name());
    json.writeStringField("projectTypeKey", project.workflow().projectTypeKey());
    json.writeObjectFieldStart("projectCategory");
    json.writeStringField("id", project.categoryId());
    json.writeStringField("name", project.categoryName());
    json.writeEndObject();
    json.writeEndObject();
    json.writeObjectFieldStart("issuetype");
    json.writeStringField("id", basics.type().id());
    json.writeStringField("name", basics.type().displayName());
    json.writeBooleanField("subtask", basics.type().subtask());
    json.writeEndObject();
    if (basics.parentNumber() > 0) {
      json.writeObjectFieldStart("parent");
      json.writeStringField("id", Long.toString(project.issueId(basics.parentNumber())));
      json.writeStringField("key", project.issueKey(basics.parentNumber()));
      json.writeEndObject();
    }
    json.writeArrayFieldStart("components");
    for (String component : basics.components()) {
      json.writeStartObject();
      json.writeStringField("name", component);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("labels");
    for (String label : basics.labels()) {
      json.writeString(label);
    }
    json.writeEndArray();
  }

  private void writeState(JsonGenerator json, IssueStory issue) throws IOException {
    json.writeObjectFieldStart("priority");
    json.writeStringField("id", issue.priority().id());
    json.writeStringField("name", issue.priority().displayName());
    json.writeEndObject();
    JiraStatus status = issue.status();
    json.writeObjectFieldStart("status");
    json.writeStringField("id", status.id());
    json.writeStringField("name", status.name());
    json.writeObjectFieldStart("statusCategory");
    json.writeNumberField("id", status.category().id());
    json.writeStringField("key", status.category().key());
    json.writeStringField("colorName", status.category().colorName());
    json.writeStringField("name", status.category().displayName());
    json.writeEndObject();
    json.writeEndObject();
    if (issue.resolution() == null) {
      json.writeNullField("resolution");
    } else {
      json.writeObjectFieldStart("resolution");
      json.writeStringField("id", issue.resolution().id());
      json.writeStringField("name", issue.resolution().displayName());
      json.writeEndObject();
    }
    json.writeStringField("created", JiraTime.timestamp(issue.basics().created()));
    json.writeStringField("updated", JiraTime.timestamp(issue.updated()));
    if (issue.resolvedAt() < 0) {
      json.writeNullField("resolutiondate");
    } else {
      json.writeStringField("resolutiondate", JiraTime.timestamp(issue.resolvedAt()));
    }
  }

  private void writePlanning(JsonGenerator json, IssueStory issue) throws IOException {
    if (issue.due() == null) {
      json.writeNullField("duedate");
    } else {
      json.writeStringField("duedate", JiraTime.date(issue.due()));
    }
    Long estimate = issue.basics().originalEstimateSeconds();
    Long spent = issue.timeSpentSeconds();
    writeSeconds(json, "timeoriginalestimate", estimate);
    writeSeconds(json, "timespent", spent);
    // Remaining estimate as Jira auto-adjusts it: the estimate less the work logged.
    Long remaining = estimate == null ? null : Math.max(0, estimate - (spent == null ? 0 : spent));
    writeSeconds(json, "timeestimate", remaining);
    json.writeArrayFieldStart("fixVersions");
    VersionSpec version = issue.fixVersion();
    if (version != null) {
      json.writeStartObject();
      json.writeStringField("id", Long.toString(version.id()));
      json.writeStringField("name", version.name());
      json.writeBooleanField("archived", false);
      json.writeBooleanField("released", version.released());
      json.writeStringField("startDate", JiraTime.date(version.startDate()));
      json.writeStringField("releaseDate", JiraTime.date(version.releaseDate()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writePeople(JsonGenerator json, IssueStory issue) throws IOException {
    if (issue.assignee() == People.NOBODY) {
      json.writeNullField("assignee");
    } else {
      json.writeFieldName("assignee");
      writePerson(json, issue.assignee());
    }
    json.writeFieldName("reporter");
    writePerson(json, issue.basics().reporter());
  }

  private void writeLinks(JsonGenerator json, IssueStory issue) throws IOException {
    json.writeArrayFieldStart("issuelinks");
    for (IssueLinkSpec link : issue.links()) {
      json.writeStartObject();
      json.writeStringField("id", Long.toString(link.id()));
      json.writeObjectFieldStart("type");
      json.writeStringField("id", "10000");
      json.writeStringField("name", "Blocks");
      json.writeStringField("inward", "is blocked by");
      json.writeStringField("outward", "blocks");
      json.writeEndObject();
      json.writeObjectFieldStart("inwardIssue");
      json.writeStringField("id", Long.toString(link.otherId()));
      json.writeStringField("key", link.otherKey());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeCustomFields(JsonGenerator json, IssueStory issue) throws IOException {
    if (issue.sprints().isEmpty()) {
      json.writeNullField(SPRINT_FIELD);
    } else {
      json.writeArrayFieldStart(SPRINT_FIELD);
      for (SprintSpec sprint : issue.sprints()) {
        json.writeStartObject();
        json.writeNumberField("id", sprint.id());
        json.writeStringField("name", sprint.name());
        json.writeStringField("state", "closed");
        json.writeNumberField("boardId", sprint.boardId());
        json.writeStringField("startDate", JiraTime.timestamp(sprint.start()));
        json.writeStringField("endDate", JiraTime.timestamp(sprint.end()));
        json.writeStringField("completeDate", JiraTime.timestamp(sprint.end()));
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (issue.flagged()) {
      json.writeArrayFieldStart(FLAGGED_FIELD);
      json.writeStartObject();
      json.writeStringField("id", HistoryItem.FLAGGED_OPTION_ID);
      json.writeStringField("value", HistoryItem.IMPEDIMENT);
      json.writeEndObject();
      json.writeEndArray();
    } else {
      json.writeNullField(FLAGGED_FIELD);
    }
    PmoScopeOption scope = issue.basics().pmoScope();
    if (scope == null) {
      json.writeNullField(PMO_SCOPE_FIELD);
    } else {
      json.writeObjectFieldStart(PMO_SCOPE_FIELD);
      json.writeStringField("id", scope.id());
      json.writeStringField("value", scope.value());
      json.writeEndObject();
    }
    int sponsor = issue.basics().sponsor();
    if (sponsor == People.NOBODY) {
      json.writeNullField(SPONSOR_FIELD);
    } else {
      json.writeObjectFieldStart(SPONSOR_FIELD);
      json.writeStringField("accountId", People.sponsorAccountId(sponsor));
      json.writeStringField("displayName", People.sponsorDisplayName(sponsor));
      json.writeEndObject();
    }
  }

  static void writePerson(JsonGenerator json, int person) throws IOException {
    json.writeStartObject();
    json.writeStringField("accountId", People.accountId(person));
    json.writeStringField("displayName", People.displayName(person));
    json.writeBooleanField("active", true);
    json.writeEndObject();
  }

  private static void writeSeconds(JsonGenerator json, String field, Long seconds)
      throws IOException {
    if (seconds == null) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, seconds);
    }
  }
}
