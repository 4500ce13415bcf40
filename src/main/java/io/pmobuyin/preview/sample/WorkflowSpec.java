package io.pmobuyin.preview.sample;

/**
 * The workflows sample projects use, as the path an issue walks: where it starts, where work
 * happens, an optional review, the done status that sets the resolution, an optional later closing
 * status, where a reopened issue goes, and an optional blocked status.
 */
enum WorkflowSpec {
  /** Jira's simple business workflow: To Do, In Progress, Done. */
  SIMPLE(JiraStatus.TO_DO, null, JiraStatus.DONE, null, JiraStatus.IN_PROGRESS, null),
  /** The classic software workflow, with review, Resolved then Closed, and Reopened. */
  SOFTWARE(
      JiraStatus.OPEN,
      JiraStatus.IN_REVIEW,
      JiraStatus.RESOLVED,
      JiraStatus.CLOSED,
      JiraStatus.REOPENED,
      null),
  /** A delivery team's board workflow with a Blocked column. */
  DELIVERY(
      JiraStatus.BACKLOG,
      JiraStatus.IN_REVIEW,
      JiraStatus.DONE,
      null,
      JiraStatus.IN_PROGRESS,
      JiraStatus.BLOCKED);

  private final JiraStatus initial;
  private final JiraStatus review;
  private final JiraStatus resolved;
  private final JiraStatus closed;
  private final JiraStatus reopened;
  private final JiraStatus blocked;

  WorkflowSpec(
      JiraStatus initial,
      JiraStatus review,
      JiraStatus resolved,
      JiraStatus closed,
      JiraStatus reopened,
      JiraStatus blocked) {
    this.initial = initial;
    this.review = review;
    this.resolved = resolved;
    this.closed = closed;
    this.reopened = reopened;
    this.blocked = blocked;
  }

  JiraStatus initial() {
    return initial;
  }

  JiraStatus working() {
    return JiraStatus.IN_PROGRESS;
  }

  /** The review status, or null where work goes straight to done. */
  JiraStatus review() {
    return review;
  }

  /** The done status entered when work is resolved; it sets the resolution. */
  JiraStatus resolved() {
    return resolved;
  }

  /** A later done status (Resolved, then Closed), or null. */
  JiraStatus closed() {
    return closed;
  }

  /** Where a reopened issue lands; it clears the resolution. */
  JiraStatus reopened() {
    return reopened;
  }

  /** The Blocked status, or null where blocking shows only as a flag. */
  JiraStatus blocked() {
    return blocked;
  }

  /** Where work withdrawn without doing it ends: the final done status. */
  JiraStatus withdrawn() {
    return closed != null ? closed : resolved;
  }

  String projectTypeKey() {
    return this == SIMPLE ? "business" : "software";
  }
}
