package io.pmobuyin.preview.sample;

/** A workflow status as Jira reports it: id, name and category. */
record JiraStatus(String id, String name, JiraStatusCategory category) {

  static final JiraStatus TO_DO = new JiraStatus("10000", "To Do", JiraStatusCategory.TO_DO);
  static final JiraStatus BACKLOG = new JiraStatus("10004", "Backlog", JiraStatusCategory.TO_DO);
  static final JiraStatus OPEN = new JiraStatus("1", "Open", JiraStatusCategory.TO_DO);
  static final JiraStatus REOPENED = new JiraStatus("4", "Reopened", JiraStatusCategory.TO_DO);
  static final JiraStatus IN_PROGRESS =
      new JiraStatus("3", "In Progress", JiraStatusCategory.IN_PROGRESS);
  static final JiraStatus IN_REVIEW =
      new JiraStatus("10002", "In Review", JiraStatusCategory.IN_PROGRESS);
  static final JiraStatus BLOCKED =
      new JiraStatus("10003", "Blocked", JiraStatusCategory.IN_PROGRESS);
  static final JiraStatus DONE = new JiraStatus("10001", "Done", JiraStatusCategory.DONE);
  static final JiraStatus RESOLVED = new JiraStatus("5", "Resolved", JiraStatusCategory.DONE);
  static final JiraStatus CLOSED = new JiraStatus("6", "Closed", JiraStatusCategory.DONE);

  boolean isDone() {
    return category == JiraStatusCategory.DONE;
  }
}
