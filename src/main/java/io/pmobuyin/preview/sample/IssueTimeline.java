package io.pmobuyin.preview.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An issue's fields as they change over time, each change written down as a changelog history.
 * Because the final fields are whatever the changes left, fields and history cannot disagree.
 *
 * <p>Time only moves forward. While the issue is unresolved the project's calendar acts on it as
 * Jira would: a sprint that ends moves it into the next sprint, a release moves it to the next fix
 * version, and a due date that passes is sometimes pushed out. Nothing happens after the project
 * closes: later changes are dropped, leaving the issue as it was at the close.
 */
final class IssueTimeline {

  /** What the issue is created with; creation itself writes no history. */
  record Opening(
      JiraStatus status, JiraPriority priority, int assignee, LocalDate due, VersionSpec version) {}

  private static final long NEVER = Long.MAX_VALUE;
  private static final long HISTORY_IDS_PER_ISSUE = 1000;
  private static final int MAX_DUE_PUSHES = 3;

  private final ProjectPlan project;
  private final Dice dice;
  private final long issueId;
  private final List<HistoryEntry> histories = new ArrayList<>();
  private final List<IssueLinkSpec> links = new ArrayList<>(1);
  private long now;
  private boolean cutOff;
  private boolean carried = true;
  private boolean quiet;
  private boolean dueReviewed;
  private int duePushes;

  private JiraStatus status;
  private JiraResolution resolution;
  private long resolvedAt = -1;
  private JiraPriority priority;
  private int assignee;
  private LocalDate due;
  private VersionSpec fixVersion;
  private List<SprintSpec> sprints = List.of();
  private boolean flagged;
  private long timeSpent;

  IssueTimeline(ProjectPlan project, Dice dice, long issueId, long created, Opening opening) {
    this.project = project;
    this.dice = dice;
    this.issueId = issueId;
    this.now = created;
    this.status = opening.status();
    this.priority = opening.priority();
    this.assignee = opening.assignee();
    this.due = opening.due();
    this.fixVersion = opening.version();
  }

  long now() {
    return now;
  }

  int assignee() {
    return assignee;
  }

  JiraPriority priority() {
    return priority;
  }

  boolean hasNoFixVersion() {
    return fixVersion == null;
  }

  int historyCount() {
    return histories.size();
  }

  void transition(long at, JiraStatus to, int author) {
    // Once the project has closed, nothing moves: the checks below only apply to real changes.
    if (!advanceTo(at) || to.equals(status)) {
      return;
    }
    if (to.isDone() && !status.isDone()) {
      throw new IllegalArgumentException("entering " + to.name() + " needs a resolution");
    }
    if (status.isDone() && !to.isDone()) {
      // Reopening: Jira clears the resolution in the same history.
      record(author, HistoryItem.status(status, to), HistoryItem.resolution(resolution, null));
      resolution = null;
      resolvedAt = -1;
    } else {
      record(author, HistoryItem.status(status, to));
    }
    status = to;
  }

  void resolve(long at, JiraStatus to, JiraResolution outcome, int author) {
    if (!advanceTo(at)) {
      return;
    }
    if (!to.isDone() || status.isDone()) {
      throw new IllegalStateException("resolve from " + status.name() + " to " + to.name());
    }
    record(author, HistoryItem.status(status, to), HistoryItem.resolution(null, outcome));
    status = to;
    resolution = outcome;
    resolvedAt = now;
  }

  void assign(long at, int person, int author) {
    if (advanceTo(at) && person != assignee) {
      record(author, HistoryItem.assignee(assignee, person));
      assignee = person;
    }
  }

  void changePriority(long at, JiraPriority to, int author) {
    if (advanceTo(at) && to != priority) {
      record(author, HistoryItem.priority(priority, to));
      priority = to;
    }
  }

  void flag(long at, boolean on, int author) {
    if (advanceTo(at) && on != flagged) {
      record(author, HistoryItem.flagged(on));
      flagged = on;
    }
  }

  void linkBlockedBy(long at, String otherKey, long otherId, int author) {
    if (advanceTo(at)) {
      links.add(new IssueLinkSpec(issueId * 10 + links.size(), otherKey, otherId));
      record(author, HistoryItem.blockedBy(otherKey));
    }
  }

  void planSprint(long at, SprintSpec sprint, int author) {
    if (advanceTo(at) && !sprints.contains(sprint)) {
      addSprint(sprint, author);
    }
  }

  void planVersion(long at, VersionSpec version, int author) {
    if (advanceTo(at) && !version.equals(fixVersion)) {
      moveVersion(version, author);
    }
  }

  void setDue(long at, LocalDate date, int author) {
    if (advanceTo(at) && !date.equals(due)) {
      record(author, HistoryItem.dueDate(due, date));
      due = date;
      dueReviewed = false;
    }
  }

  /** Logging work changes "timespent", which Jira's changelog records like any field. */
  void logWork(long at, long seconds, int author) {
    if (advanceTo(at) && seconds > 0) {
      record(author, HistoryItem.timeSpent(timeSpent, timeSpent + seconds));
      timeSpent += seconds;
    }
  }

  /** Nobody works on or plans the issue any more: it is left as it is (abandoned). */
  void stop(long at) {
    advanceTo(at);
    carried = false;
  }

  /** From now until {@link #resume}, nothing changes, not even sprint ends or releases. */
  void pause(long at) {
    advanceTo(at);
    quiet = true;
  }

  /** Picks the issue up again, catching up at once with sprints and releases that passed. */
  void resume(long at) {
    advanceTo(at);
    quiet = false;
    advanceTo(at);
  }

  IssueStory finish(IssueBasics basics, int changelogGiven) {
    long updated =
        histories.isEmpty() ? basics.created() : histories.get(histories.size() - 1).created();
    return new IssueStory(
        project,
        basics,
        status,
        resolution,
        priority,
        updated,
        resolvedAt,
        due,
        timeSpent == 0 ? null : timeSpent,
        fixVersion,
        assignee,
        links,
        sprints,
        flagged,
        histories,
        changelogGiven);
  }

  /** Moves the clock to {@code at}, letting the calendar act on the way; false once closed. */
  private boolean advanceTo(long at) {
    if (cutOff) {
      return false;
    }
    long target = Math.max(at, now);
    followCalendar(Math.min(target, project.close()));
    if (target > project.close()) {
      cutOff = true;
      return false;
    }
    now = target;
    return true;
  }

  private void followCalendar(long until) {
    while (carried && !quiet && !status.isDone()) {
      long sprintEnd = pendingSprintEnd();
      long release = pendingRelease();
      long dueReview = pendingDueReview();
      long first = Math.min(sprintEnd, Math.min(release, dueReview));
      if (first > until) {
        return;
      }
      now = Math.max(now, first);
      if (first == sprintEnd) {
        addSprint(project.calendar().sprintAt(now), project.lead());
      } else if (first == release) {
        moveVersion(project.calendar().versionAfter(now), project.lead());
      } else {
        reviewDue();
      }
    }
  }

  private long pendingSprintEnd() {
    if (sprints.isEmpty()) {
      return NEVER;
    }
    SprintSpec current = sprints.get(sprints.size() - 1);
    return project.calendar().sprintAt(Math.max(now, current.end())) == null
        ? NEVER
        : current.end();
  }

  private long pendingRelease() {
    if (fixVersion == null || !fixVersion.released()) {
      return NEVER;
    }
    long release = fixVersion.releaseAt();
    return project.calendar().versionAfter(Math.max(now, release)) == null ? NEVER : release;
  }

  private long pendingDueReview() {
    if (due == null || dueReviewed || duePushes >= MAX_DUE_PUSHES) {
      return NEVER;
    }
    return WorkingTime.nextWorkingMoment(JiraTime.at(due.plusDays(1), 0));
  }

  private void reviewDue() {
    dueReviewed = true;
    if (dice.chance(project.profile().duePush())) {
      LocalDate today = JiraTime.dateOf(now);
      LocalDate from = due.isAfter(today) ? due : today;
      LocalDate pushed = from.plusDays(dice.between(3, 12));
      record(project.lead(), HistoryItem.dueDate(due, pushed));
      due = pushed;
      duePushes++;
      dueReviewed = false;
    }
  }

  private void addSprint(SprintSpec sprint, int author) {
    List<SprintSpec> next = new ArrayList<>(sprints.size() + 1);
    next.addAll(sprints);
    next.add(sprint);
    record(author, HistoryItem.sprint(sprints, next));
    sprints = next;
  }

  private void moveVersion(VersionSpec version, int author) {
    if (fixVersion == null) {
      record(author, HistoryItem.fixVersionAdded(version));
    } else {
      record(
          author, HistoryItem.fixVersionRemoved(fixVersion), HistoryItem.fixVersionAdded(version));
    }
    fixVersion = version;
  }

  private void record(int author, HistoryItem... items) {
    long id = issueId * HISTORY_IDS_PER_ISSUE + histories.size() + 1;
    histories.add(new HistoryEntry(id, author, now, List.of(items)));
  }
}
