package io.pmobuyin.testing;

import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.SprintRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.record.VersionRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Test issues told as a story in days from a fixed start: {@code
 * anIssue().startedOnDay(1).resolvedOnDay(10).dueOnDay(8).build()}. Defaults: a Task in project
 * ABC, created on day 0, assigned, in To Do, with no history.
 */
public final class IssueBuilder {

  /** Day 0 of every story: midnight UTC. */
  public static final Instant DAY_0 = Instant.parse("2024-01-01T00:00:00Z");

  private static int counter;

  private String key;
  private String project = "ABC";
  private String type = "Task";
  private String priority = "Medium";
  private String status = "To Do";
  private StatusCategory category = StatusCategory.TO_DO;
  private String resolution;
  private Instant created = DAY_0;
  private Instant resolved;
  private LocalDate due;
  private Long estimate;
  private Long spent;
  private String assignee = "acc-1";
  private String sponsor;
  private List<String> pmoScope = List.of();
  private final List<VersionRecord> fixVersions = new ArrayList<>();
  private final List<SprintRecord> sprints = new ArrayList<>();
  private final List<ChangeEvent> changes = new ArrayList<>();
  private int changelogTotal = -1;

  private IssueBuilder() {
    key = project + "-" + (++counter);
  }

  public static IssueBuilder anIssue() {
    return new IssueBuilder();
  }

  public static Instant day(double day) {
    return DAY_0.plus(Duration.ofMinutes(Math.round(day * 24 * 60)));
  }

  public static LocalDate date(int day) {
    return DAY_0.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(day);
  }

  public IssueBuilder key(String key) {
    this.key = key;
    this.project = key.substring(0, key.lastIndexOf('-'));
    return this;
  }

  public IssueBuilder ofType(String type) {
    this.type = type;
    return this;
  }

  public IssueBuilder priority(String priority) {
    this.priority = priority;
    return this;
  }

  public IssueBuilder createdOnDay(double day) {
    this.created = day(day);
    return this;
  }

  public IssueBuilder dueOnDay(int day) {
    this.due = date(day);
    return this;
  }

  public IssueBuilder unassigned() {
    this.assignee = null;
    return this;
  }

  public IssueBuilder estimatedHours(double hours) {
    this.estimate = Math.round(hours * 3600);
    return this;
  }

  public IssueBuilder spentHours(double hours) {
    this.spent = Math.round(hours * 3600);
    return this;
  }

  public IssueBuilder fixVersion(String name, Integer releaseDay) {
    fixVersions.add(new VersionRecord(name, releaseDay == null ? null : date(releaseDay), true));
    return this;
  }

  /** Put into a fix version on that day (a history entry), its release day known or null. */
  public IssueBuilder plannedInto(String version, Integer releaseDay, double day) {
    change(day, ChangeField.FIX_VERSION, null, version);
    return fixVersion(version, releaseDay);
  }

  /** Taken out of a fix version on that day (a history entry). */
  public IssueBuilder takenOutOf(String version, double day) {
    change(day, ChangeField.FIX_VERSION, version, null);
    fixVersions.removeIf(held -> held.name().equals(version));
    return this;
  }

  /** Taken out of one fix version and put into another on that day, in one history item. */
  public IssueBuilder movedVersion(String from, String to, Integer releaseDay, double day) {
    change(day, ChangeField.FIX_VERSION, from, to);
    fixVersions.removeIf(version -> version.name().equals(from));
    return fixVersion(to, releaseDay);
  }

  public IssueBuilder sprint(String name, double startDay) {
    sprints.add(new SprintRecord(name, day(startDay)));
    return this;
  }

  /** Moves to In Progress on that day (a status change). */
  public IssueBuilder startedOnDay(double day) {
    return movedTo("In Progress", StatusCategory.IN_PROGRESS, day);
  }

  /** Moves to Done with resolution Done on that day. */
  public IssueBuilder resolvedOnDay(double day) {
    return resolvedOnDay(day, "Done");
  }

  public IssueBuilder resolvedOnDay(double day, String resolutionName) {
    movedTo("Done", StatusCategory.DONE, day);
    change(day, ChangeField.RESOLUTION, null, resolutionName);
    this.resolution = resolutionName;
    this.resolved = day(day);
    return this;
  }

  /** Back from Done to In Progress on that day, resolution cleared. */
  public IssueBuilder reopenedOnDay(double day) {
    movedTo("In Progress", StatusCategory.IN_PROGRESS, day);
    change(day, ChangeField.RESOLUTION, resolution, null);
    this.resolution = null;
    this.resolved = null;
    return this;
  }

  public IssueBuilder movedTo(String newStatus, StatusCategory newCategory, double day) {
    change(day, ChangeField.STATUS, status, newStatus);
    this.status = newStatus;
    this.category = newCategory;
    return this;
  }

  public IssueBuilder change(double day, ChangeField field, String from, String to) {
    changes.add(new ChangeEvent(day(day), field, from, to));
    return this;
  }

  /** Work logged that day: the history records the time spent before and after. */
  public IssueBuilder loggedHours(double day, double hours) {
    long before = spent == null ? 0 : spent;
    long after = before + Math.round(hours * 3600);
    change(
        day,
        ChangeField.TIME_SPENT,
        before == 0 ? null : Long.toString(before),
        Long.toString(after));
    this.spent = after;
    return this;
  }

  public IssueBuilder reassignedOnDay(double day, String to) {
    change(day, ChangeField.ASSIGNEE, assignee, to);
    this.assignee = to;
    return this;
  }

  public IssueBuilder changelogCutShort(int total) {
    this.changelogTotal = total;
    return this;
  }

  /** The issue's Executive Sponsor (an id). */
  public IssueBuilder sponsor(String sponsorId) {
    this.sponsor = sponsorId;
    return this;
  }

  /** The issue's PMO Scope values. */
  public IssueBuilder pmoScope(String... values) {
    this.pmoScope = List.of(values);
    return this;
  }

  public IssueRecord build() {
    return IssueRecord.builder(key, project, created)
        .type(type)
        .priority(priority)
        .status(status, category)
        .resolution(resolution)
        .resolved(resolved)
        .due(due)
        .updated(changes.isEmpty() ? created : changes.get(changes.size() - 1).at())
        .originalEstimateSeconds(estimate)
        .timeSpentSeconds(spent)
        .fixVersions(fixVersions)
        .assigneeId(assignee)
        .sponsorId(sponsor)
        .pmoScope(pmoScope)
        .reporterId("acc-reporter")
        .sprints(sprints)
        .changes(changes)
        .changelog(changelogTotal, -1)
        .build();
  }
}
