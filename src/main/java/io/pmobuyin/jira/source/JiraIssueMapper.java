package io.pmobuyin.jira.source;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.version.Version;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.VersionRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One Jira issue, with its change history, as the engine's record: the same fields the export
 * importer reads from REST, taken from Jira's own objects. People leave as user keys only
 * (assignee, reporter, sponsor). Estimates and time spent are seconds, as Jira stores them (the
 * javadoc of Issue says milliseconds; the database, REST and work logs all use seconds).
 *
 * <p>Left empty, each for a reason. Sprints: Jira Software's Sprint field holds its own classes,
 * which an app reads only by importing Jira Software's packages; the history still gives the sprint
 * changes, but without the sprints' start dates scope creep's "added to a running sprint" cannot be
 * seen, only its "created after the baseline". The flag: the engine reads only its changes, which
 * the history gives; reading the field would cost a query per issue for nothing. Links: two queries
 * per issue, and the engine reads link changes from the history, never the record's links.
 */
final class JiraIssueMapper {

  private final String projectKey;
  private final AppFields fields;
  private final JiraDates dates;
  private final JiraHistory history;

  JiraIssueMapper(
      String projectKey,
      AppFields fields,
      JiraDates dates,
      JiraStatuses statuses,
      JiraVersions versions) {
    this.projectKey = projectKey;
    this.fields = fields;
    this.dates = dates;
    this.history = new JiraHistory(fields, statuses, versions);
  }

  /**
   * @throws RuntimeException when Jira cannot give a field (a broken row, a lazy load that fails),
   *     or the issue has no created date; the caller reports the issue and goes on
   */
  IssueRecord record(Issue issue, List<ChangeHistory> histories) {
    IssueType type = issue.getIssueType();
    Status status = issue.getStatus();
    return IssueRecord.builder(issue.getKey(), projectKey, JiraDates.instant(issue.getCreated()))
        .type(name(type))
        .subtask(type != null && type.isSubTask())
        .priority(name(issue.getPriority()))
        .status(name(status), category(status))
        .resolution(name(issue.getResolution()))
        .resolved(JiraDates.instant(issue.getResolutionDate()))
        .updated(JiraDates.instant(issue.getUpdated()))
        .due(dates.day(issue.getDueDate()))
        .originalEstimateSeconds(issue.getOriginalEstimate())
        .timeSpentSeconds(issue.getTimeSpent())
        .fixVersions(versions(issue.getFixVersions()))
        .components(components(issue.getComponents()))
        .labels(labels(issue.getLabels()))
        .assigneeId(issue.getAssigneeId())
        .reporterId(issue.getReporterId())
        .pmoScope(fields.scopeIds(issue))
        .sponsorId(fields.sponsorKey(issue))
        .changes(history.events(histories))
        .build();
  }

  private static String name(IssueConstant constant) {
    return constant == null ? null : constant.getName();
  }

  /** Jira's own category of the status, by its key; the engine's table is only a fallback. */
  static io.pmobuyin.mining.record.StatusCategory category(Status status) {
    StatusCategory category = status == null ? null : status.getStatusCategory();
    return io.pmobuyin.mining.record.StatusCategory.fromJiraKey(
        category == null ? null : category.getKey());
  }

  private List<VersionRecord> versions(Collection<Version> versions) {
    if (versions == null || versions.isEmpty()) {
      return List.of();
    }
    List<VersionRecord> records = new ArrayList<>(versions.size());
    for (Version version : versions) {
      if (version.getName() != null) {
        records.add(
            new VersionRecord(
                version.getName(), dates.day(version.getReleaseDate()), version.isReleased()));
      }
    }
    return records;
  }

  private static List<String> components(Collection<ProjectComponent> components) {
    if (components == null || components.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>(components.size());
    for (ProjectComponent component : components) {
      if (component.getName() != null) {
        names.add(component.getName());
      }
    }
    return names;
  }

  private static List<String> labels(Collection<Label> labels) {
    if (labels == null || labels.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(labels.size());
    for (Label label : labels) {
      if (label.getLabel() != null) {
        texts.add(label.getLabel());
      }
    }
    return texts;
  }
}
