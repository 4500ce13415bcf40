package io.pmobuyin.mining.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One issue of a closed project, as the engine sees it: Jira's fields, reduced to what mining
 * needs, and its change history oldest first. People appear only as opaque ids (assignee, reporter,
 * sponsor) so that they can be counted, never named.
 *
 * @param changelogTotal how many history entries the source says the issue has
 * @param changelogGiven how many of them the source gave (fewer: the history was cut short)
 */
public record IssueRecord(
    String key,
    String projectKey,
    String type,
    boolean subtask,
    String priority,
    String status,
    StatusCategory statusCategory,
    String resolution,
    Instant created,
    Instant resolved,
    LocalDate due,
    Instant updated,
    Long originalEstimateSeconds,
    Long timeSpentSeconds,
    List<VersionRecord> fixVersions,
    List<String> components,
    List<String> labels,
    String assigneeId,
    String reporterId,
    List<LinkRecord> links,
    List<SprintRecord> sprints,
    boolean flagged,
    List<String> pmoScope,
    String sponsorId,
    List<ChangeEvent> changes,
    int changelogTotal,
    int changelogGiven) {

  public IssueRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(created, "created");
    type = type == null ? "" : type;
    statusCategory = statusCategory == null ? StatusCategory.UNKNOWN : statusCategory;
    fixVersions = List.copyOf(fixVersions);
    components = List.copyOf(components);
    labels = List.copyOf(labels);
    links = List.copyOf(links);
    sprints = List.copyOf(sprints);
    pmoScope = List.copyOf(pmoScope);
    changes = oldestFirst(changes);
  }

  /** Sources mostly deliver history in order already; sort only when they did not. */
  private static List<ChangeEvent> oldestFirst(List<ChangeEvent> changes) {
    for (int i = 1; i < changes.size(); i++) {
      if (changes.get(i).at().isBefore(changes.get(i - 1).at())) {
        List<ChangeEvent> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(ChangeEvent::at));
        return List.copyOf(sorted);
      }
    }
    return List.copyOf(changes);
  }

  public boolean isResolved() {
    return resolved != null;
  }

  /** The history the source gave is shorter than the one it says exists. */
  public boolean changelogCutShort() {
    return changelogGiven < changelogTotal;
  }

  public static Builder builder(String key, String projectKey, Instant created) {
    return new Builder(key, projectKey, created);
  }

  /** Builds an issue field by field; lists default to empty. */
  public static final class Builder {
    private final String key;
    private final String projectKey;
    private final Instant created;
    private String type = "";
    private boolean subtask;
    private String priority;
    private String status;
    private StatusCategory statusCategory = StatusCategory.UNKNOWN;
    private String resolution;
    private Instant resolved;
    private LocalDate due;
    private Instant updated;
    private Long originalEstimateSeconds;
    private Long timeSpentSeconds;
    private List<VersionRecord> fixVersions = List.of();
    private List<String> components = List.of();
    private List<String> labels = List.of();
    private String assigneeId;
    private String reporterId;
    private List<LinkRecord> links = List.of();
    private List<SprintRecord> sprints = List.of();
    private boolean flagged;
    private List<String> pmoScope = List.of();
    private String sponsorId;
    private List<ChangeEvent> changes = List.of();
    private int changelogTotal = -1;
    private int changelogGiven = -1;

    private Builder(String key, String projectKey, Instant created) {
      this.key = key;
      this.projectKey = projectKey;
      this.created = created;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder subtask(boolean subtask) {
      this.subtask = subtask;
      return this;
    }

    public Builder priority(String priority) {
      this.priority = priority;
      return this;
    }

    public Builder status(String status, StatusCategory category) {
      this.status = status;
      this.statusCategory = category;
      return this;
    }

    public Builder resolution(String resolution) {
      this.resolution = resolution;
      return this;
    }

    public Builder resolved(Instant resolved) {
      this.resolved = resolved;
      return this;
    }

    public Builder due(LocalDate due) {
      this.due = due;
      return this;
    }

    public Builder updated(Instant updated) {
      this.updated = updated;
      return this;
    }

    public Builder originalEstimateSeconds(Long seconds) {
      this.originalEstimateSeconds = seconds;
      return this;
    }

    public Builder timeSpentSeconds(Long seconds) {
      this.timeSpentSeconds = seconds;
      return this;
    }

    public Builder fixVersions(List<VersionRecord> fixVersions) {
      this.fixVersions = fixVersions;
      return this;
    }

    public Builder components(List<String> components) {
      this.components = components;
      return this;
    }

    public Builder labels(List<String> labels) {
      this.labels = labels;
      return this;
    }

    public Builder assigneeId(String assigneeId) {
      this.assigneeId = assigneeId;
      return this;
    }

    public Builder reporterId(String reporterId) {
      this.reporterId = reporterId;
      return this;
    }

    public Builder links(List<LinkRecord> links) {
      this.links = links;
      return this;
    }

    public Builder sprints(List<SprintRecord> sprints) {
      this.sprints = sprints;
      return this;
    }

    public Builder flagged(boolean flagged) {
      this.flagged = flagged;
      return this;
    }

    public Builder pmoScope(List<String> pmoScope) {
      this.pmoScope = pmoScope;
      return this;
    }

    public Builder sponsorId(String sponsorId) {
      this.sponsorId = sponsorId;
      return this;
    }

    public Builder changes(List<ChangeEvent> changes) {
      this.changes = changes;
      return this;
    }

    /** How many history entries exist and how many the source gave; -1 (default) means all. */
    public Builder changelog(int total, int given) {
      this.changelogTotal = total;
      this.changelogGiven = given;
      return this;
    }

    public IssueRecord build() {
      int given = changelogGiven < 0 ? changes.size() : changelogGiven;
      int total = changelogTotal < 0 ? given : changelogTotal;
      return new IssueRecord(
          key,
          projectKey,
          type,
          subtask,
          priority,
          status,
          statusCategory,
          resolution,
          created,
          resolved,
          due,
          updated,
          originalEstimateSeconds,
          timeSpentSeconds,
          fixVersions,
          components,
          labels,
          assigneeId,
          reporterId,
          links,
          sprints,
          flagged,
          pmoScope,
          sponsorId,
          changes,
          total,
          given);
    }
  }
}
