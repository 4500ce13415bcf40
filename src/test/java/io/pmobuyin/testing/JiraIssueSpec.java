package io.pmobuyin.testing;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One issue of {@link JiraIssues}, field by field, as Jira would hand it out: times as Timestamps,
 * date-only values as midnight in the Jira's zone, people as user keys (and, on the sponsor field
 * and in histories, as whole users with their names). Defaults make a resolved task.
 */
public final class JiraIssueSpec {

  private static final List<String> FIELD_GETTERS =
      List.of(
          "getIssueType",
          "getSummary",
          "getPriority",
          "getStatus",
          "getResolution",
          "getCreated",
          "getUpdated",
          "getResolutionDate",
          "getDueDate",
          "getOriginalEstimate",
          "getTimeSpent",
          "getFixVersions",
          "getComponents",
          "getLabels",
          "getAssigneeId",
          "getReporterId",
          "getCustomFieldValue");

  private record Entry(Timestamp at, List<ChangeItemBean> items) {}

  private final JiraIssues jira;
  private final String key;
  private final long id;
  private String summary;
  private String type = "Task";
  private boolean subtask;
  private String priority = "Medium";
  private String status = "Done";
  private String statusCategory = "done";
  private String resolution = "Done";
  private Timestamp created = Timestamp.from(Instant.parse("2024-01-08T09:00:00Z"));
  private Timestamp resolved;
  private Timestamp updated;
  private Timestamp due;
  private Long originalEstimate;
  private Long timeSpent;
  private final List<Version> fixVersions = new ArrayList<>(1);
  private final List<ProjectComponent> components = new ArrayList<>(1);
  private final Set<Label> labels = new LinkedHashSet<>(2);
  private String assigneeKey;
  private String reporterKey;
  private final Map<CustomField, Object> values = new HashMap<>(4);
  private final List<Entry> histories = new ArrayList<>(4);
  private RuntimeException fault;
  private RuntimeException historyFault;
  private boolean vanished;

  JiraIssueSpec(JiraIssues jira, String key, long id) {
    this.jira = jira;
    this.key = key;
    this.id = id;
  }

  public long id() {
    return id;
  }

  /** The issue's summary; by default one that names its key. */
  public JiraIssueSpec summary(String text) {
    this.summary = text;
    return this;
  }

  public JiraIssueSpec type(String name) {
    this.type = name;
    this.subtask = false;
    return this;
  }

  public JiraIssueSpec subtaskType(String name) {
    this.type = name;
    this.subtask = true;
    return this;
  }

  public JiraIssueSpec noType() {
    this.type = null;
    return this;
  }

  public JiraIssueSpec priority(String name) {
    this.priority = name;
    return this;
  }

  /**
   * @param categoryKey Jira's status category key: "new", "indeterminate", "done" (null: none)
   */
  public JiraIssueSpec status(String name, String categoryKey) {
    this.status = name;
    this.statusCategory = categoryKey;
    return this;
  }

  public JiraIssueSpec resolution(String name) {
    this.resolution = name;
    return this;
  }

  public JiraIssueSpec created(Instant at) {
    this.created = at == null ? null : Timestamp.from(at);
    return this;
  }

  public JiraIssueSpec resolved(Instant at) {
    this.resolved = at == null ? null : Timestamp.from(at);
    return this;
  }

  public JiraIssueSpec updated(Instant at) {
    this.updated = at == null ? null : Timestamp.from(at);
    return this;
  }

  /** A due date as Jira hands it out: the first moment of that day in the Jira's zone. */
  public JiraIssueSpec due(LocalDate day) {
    return dueAt(Timestamp.from(day.atStartOfDay(jira.zone).toInstant()));
  }

  /** The due date's Timestamp exactly as given. */
  public JiraIssueSpec dueAt(Timestamp timestamp) {
    this.due = timestamp;
    return this;
  }

  /** Seconds, as Jira stores estimates. */
  public JiraIssueSpec originalEstimate(Long seconds) {
    this.originalEstimate = seconds;
    return this;
  }

  /** Seconds, as Jira stores work logged. */
  public JiraIssueSpec timeSpent(Long seconds) {
    this.timeSpent = seconds;
    return this;
  }

  /** A fix version released (or planned) on that day, handed out as midnight in Jira's zone. */
  public JiraIssueSpec fixVersion(String name, LocalDate releaseDay, boolean released) {
    return fixVersion(
        name,
        releaseDay == null ? null : Timestamp.from(releaseDay.atStartOfDay(jira.zone).toInstant()),
        released);
  }

  /** A fix version whose release date is exactly this Date (any kind of Date). */
  public JiraIssueSpec fixVersion(String name, Date releaseDate, boolean released) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("getName", name);
    answers.put("getReleaseDate", releaseDate);
    answers.put("isReleased", released);
    fixVersions.add(JiraFakes.of(Version.class, "Version " + name, answers));
    return this;
  }

  public JiraIssueSpec component(String name) {
    components.add(
        JiraFakes.of(ProjectComponent.class, "Component " + name, Map.of("getName", name)));
    return this;
  }

  public JiraIssueSpec label(String text) {
    labels.add(new Label(null, id, text));
    return this;
  }

  /** The assignee's user key as Jira stores it; null for unassigned. */
  public JiraIssueSpec assignee(String userKey) {
    this.assigneeKey = userKey;
    return this;
  }

  public JiraIssueSpec reporter(String userKey) {
    this.reporterKey = userKey;
    return this;
  }

  /** The PMO Scope field's value: catalogue ids in one text, as the field type stores them. */
  public JiraIssueSpec scope(String text) {
    return value(jira.field(JiraIssues.SCOPE_FIELD), text);
  }

  /** The Executive Sponsor field's value: a whole user, as the field type hands it out. */
  public JiraIssueSpec sponsor(ApplicationUser user) {
    return value(jira.field(JiraIssues.SPONSOR_FIELD), user);
  }

  public JiraIssueSpec value(CustomField field, Object value) {
    if (value == null) {
      values.remove(field);
    } else {
      values.put(field, value);
    }
    return this;
  }

  /** One entry of the change history: one save of the issue, with its items. */
  public JiraIssueSpec history(Instant at, ChangeItemBean... items) {
    histories.add(new Entry(Timestamp.from(at), List.of(items)));
    return this;
  }

  /** Every field getter throws this, as when Jira cannot load a broken row. */
  public JiraIssueSpec failing(RuntimeException fault) {
    this.fault = fault;
    return this;
  }

  public JiraIssueSpec historyFails(RuntimeException fault) {
    this.historyFault = fault;
    return this;
  }

  /** Listed with the project's ids, deleted before it is loaded. */
  public JiraIssueSpec vanishes() {
    this.vanished = true;
    return this;
  }

  boolean isVanished() {
    return vanished;
  }

  Issue toIssue() {
    Map<String, Object> answers = new HashMap<>(32);
    answers.put("getId", id);
    answers.put("getKey", key);
    answers.put("getSummary", summary != null ? summary : "Summary of " + key);
    answers.put("getIssueType", type == null ? null : jira.constants.type(type, subtask));
    answers.put("getPriority", priority == null ? null : jira.constants.priority(priority));
    answers.put("getStatus", status == null ? null : jira.constants.status(status, statusCategory));
    answers.put("getResolution", resolution == null ? null : jira.constants.resolution(resolution));
    answers.put("getCreated", created);
    answers.put("getUpdated", updated);
    answers.put("getResolutionDate", resolved);
    answers.put("getDueDate", due);
    answers.put("getOriginalEstimate", originalEstimate);
    answers.put("getTimeSpent", timeSpent);
    answers.put("getFixVersions", List.copyOf(fixVersions));
    answers.put("getComponents", List.copyOf(components));
    answers.put("getLabels", Collections.unmodifiableSet(new LinkedHashSet<>(labels)));
    answers.put("getAssigneeId", assigneeKey);
    answers.put("getReporterId", reporterKey);
    Map<CustomField, Object> held = Map.copyOf(values);
    answers.put("getCustomFieldValue", (Function<Object[], Object>) args -> held.get(args[0]));
    if (fault != null) {
      FIELD_GETTERS.forEach(getter -> answers.put(getter, fault));
    }
    return JiraFakes.of(Issue.class, "Issue " + key, answers);
  }

  List<ChangeHistory> histories() {
    if (historyFault != null) {
      throw historyFault;
    }
    List<ChangeHistory> made = new ArrayList<>(histories.size());
    for (Entry entry : histories) {
      made.add(JiraFakes.history(id, entry.at(), entry.items()));
    }
    return made;
  }
}
