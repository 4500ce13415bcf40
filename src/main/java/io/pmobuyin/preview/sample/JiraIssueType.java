package io.pmobuyin.preview.sample;

/** The issue types of the sample, with Jira-like ids; sub-tasks are flagged as Jira flags them. */
enum JiraIssueType {
  EPIC("10000", "Epic", false),
  STORY("10001", "Story", false),
  TASK("10002", "Task", false),
  SUBTASK("10003", "Sub-task", true),
  BUG("10004", "Bug", false);

  private final String id;
  private final String displayName;
  private final boolean subtask;

  JiraIssueType(String id, String displayName, boolean subtask) {
    this.id = id;
    this.displayName = displayName;
    this.subtask = subtask;
  }

  String id() {
    return id;
  }

  String displayName() {
    return displayName;
  }

  boolean subtask() {
    return subtask;
  }

  /** Types that are planned into fix versions; epics and sub-tasks follow their parents. */
  boolean plannedIntoVersions() {
    return this == STORY || this == TASK || this == BUG;
  }
}
