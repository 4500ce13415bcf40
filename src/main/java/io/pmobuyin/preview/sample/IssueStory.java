package io.pmobuyin.preview.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated issue: what it is, where its history left it, and that history. The final fields
 * are the result of replaying the history, so the two always agree.
 *
 * @param resolvedAt epoch seconds, or -1 while unresolved
 * @param assignee the final assignee, or {@link People#NOBODY}
 * @param changelogGiven how many of the histories the export includes (fewer than all: cut short)
 */
record IssueStory(
    ProjectPlan project,
    IssueBasics basics,
    JiraStatus status,
    JiraResolution resolution,
    JiraPriority priority,
    long updated,
    long resolvedAt,
    LocalDate due,
    Long timeSpentSeconds,
    VersionSpec fixVersion,
    int assignee,
    List<IssueLinkSpec> links,
    List<SprintSpec> sprints,
    boolean flagged,
    List<HistoryEntry> histories,
    int changelogGiven) {

  IssueStory {
    links = List.copyOf(links);
    sprints = List.copyOf(sprints);
    histories = List.copyOf(histories);
  }

  String key() {
    return project.issueKey(basics.number());
  }

  long id() {
    return project.issueId(basics.number());
  }
}
