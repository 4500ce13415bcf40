package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.LinkRecord;
import io.pmobuyin.mining.record.SprintRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.record.VersionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One issue while it is being read. {@link IssueRecord.Builder} needs the key, project and created
 * date up front, but an export may give them in any order (created sits anywhere inside {@code
 * fields}), so the readers fill this first. Fields are open to the readers of this package only.
 */
final class IssueDraft {

  final int position;
  String key;

  String projectKey;
  String projectName;
  String projectCategory;
  String type;
  boolean subtask;
  String priority;
  String status;
  StatusCategory statusCategory = StatusCategory.UNKNOWN;
  String resolution;
  Instant created;
  Instant resolved;
  LocalDate due;
  Instant updated;
  Long originalEstimateSeconds;
  Long timeSpentSeconds;
  boolean timeSpentGiven;
  Long aggregateTimeSpentSeconds;
  List<VersionRecord> fixVersions = List.of();
  List<String> components = List.of();
  List<String> labels = List.of();
  String assigneeId;
  String reporterId;
  List<LinkRecord> links = List.of();
  final List<SprintRecord> sprints = new ArrayList<>(2);
  boolean flagged;
  final List<String> pmoScope = new ArrayList<>(2);
  String sponsorId;
  List<ChangeEvent> changes = List.of();
  int changelogTotal = -1;
  int changelogGiven = -1;

  private String malformation;

  IssueDraft(int position) {
    this.position = position;
  }

  /** Remembers the first thing wrong with the issue; reading goes on to the end of its JSON. */
  void malformed(String message) {
    if (malformation == null) {
      malformation = message;
    }
  }

  /** Where the issue is, for a person: its key, else its position in the file. */
  String where() {
    return key != null ? key : "issue #" + position;
  }

  /** Why the issue cannot be used, in plain words; null if it can. */
  String unusableBecause() {
    if (malformation != null) {
      return malformation;
    }
    if (key == null || key.isBlank()) {
      return "no issue key";
    }
    if (created == null) {
      return "no 'created' date";
    }
    if (effectiveProjectKey() == null) {
      return "no project, and the key '" + key + "' has no project prefix";
    }
    return null;
  }

  /** The project key, else the prefix of the issue key ({@code ABC} of {@code ABC-12}). */
  String effectiveProjectKey() {
    if (projectKey != null) {
      return projectKey;
    }
    int dash = key == null ? -1 : key.lastIndexOf('-');
    return dash > 0 ? key.substring(0, dash) : null;
  }

  IssueRecord toRecord() {
    IssueRecord.Builder builder =
        IssueRecord.builder(key, effectiveProjectKey(), created)
            .type(type)
            .subtask(subtask)
            .priority(priority)
            .status(status, statusCategory)
            .resolution(resolution)
            .resolved(resolved)
            .due(due)
            .updated(updated)
            .originalEstimateSeconds(originalEstimateSeconds)
            .timeSpentSeconds(timeSpentGiven ? timeSpentSeconds : aggregateTimeSpentSeconds)
            .fixVersions(fixVersions)
            .components(components)
            .labels(labels)
            .assigneeId(assigneeId)
            .reporterId(reporterId)
            .links(links)
            .sprints(sprints)
            .flagged(flagged)
            .pmoScope(pmoScope)
            .sponsorId(sponsorId)
            .changes(changes);
    if (changelogGiven >= 0) {
      builder.changelog(changelogTotal < 0 ? changelogGiven : changelogTotal, changelogGiven);
    }
    return builder.build();
  }
}
