package io.pmobuyin.testing;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.run.ClosedProject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * A small Jira for tests of the issue source, the one place its objects are built: projects, issues
 * with their fields and change histories ({@link JiraIssueSpec}), the app's two custom fields, and
 * Jira's IssueManager, ChangeHistoryManager, CustomFieldManager and ProjectManager answering for
 * them as Jira does (ids in no particular order, ids no longer found left out, issues built anew on
 * every load). Projects may hold hundreds of thousands of issues made on demand, so a benchmark
 * holds no more of them than the source does. Counts the calls it gets.
 */
public final class JiraIssues {

  public static final String SCOPE_FIELD = "PMO Scope";
  public static final String SPONSOR_FIELD = "Executive Sponsor";

  /** Issue ids are the project's id times this, plus the issue's number. */
  private static final long IDS_PER_PROJECT = 10_000_000L;

  final ZoneId zone;
  final JiraConstants constants = new JiraConstants();
  private final Map<String, JiraProject> projects = new LinkedHashMap<>();
  private final Map<Long, JiraProject> projectsById = new HashMap<>();
  private final Map<String, List<CustomField>> fields = new HashMap<>();
  private final List<Integer> batchSizes = new ArrayList<>();
  private final List<String> fieldLookups = new ArrayList<>();

  /** The specs of the issues the last getIssueObjects built: their histories are asked next. */
  private Map<Long, JiraIssueSpec> lastLoaded = Map.of();

  private List<String> timeline;
  private long historyCalls;
  private long batchHistoryCalls;
  private Throwable batchReadFault;
  private long latencyNanos;
  private long issuesBuilt;

  /**
   * @param zone the zone this Jira's JVM runs in: date-only values are handed out as midnight there
   */
  public JiraIssues(ZoneId zone) {
    this.zone = zone;
    customField(SCOPE_FIELD);
    customField(SPONSOR_FIELD);
  }

  /** A project picked as closed because it is archived. */
  public JiraProject archivedProject(long id, String key) {
    return project(id, key, true);
  }

  /** A project picked as closed by its category; not archived. */
  public JiraProject project(long id, String key) {
    return project(id, key, false);
  }

  private JiraProject project(long id, String key, boolean archived) {
    JiraProject project = new JiraProject(this, id, key, archived);
    projects.put(key, project);
    projectsById.put(id, project);
    return project;
  }

  public boolean hasProject(String key) {
    return projects.containsKey(key);
  }

  public JiraProject project(String key) {
    JiraProject project = projects.get(key);
    if (project == null) {
      throw new IllegalArgumentException("no project " + key + " in this test");
    }
    return project;
  }

  /** A new issue in the project its key names (ABC-7 in ABC), with every field at its default. */
  public JiraIssueSpec issue(String key) {
    return project(key.substring(0, key.lastIndexOf('-'))).add(key);
  }

  /** The project as the run picked it. */
  public ClosedProject closed(String key) {
    JiraProject project = project(key);
    return new ClosedProject(
        project.id,
        new ProjectRecord(
            key, "Project " + key, null, null, project.archivedWhenPicked, List.of()));
  }

  /** Another custom field of this name (Jira allows several), to give values to. */
  public CustomField customField(String name) {
    List<CustomField> named = fields.computeIfAbsent(name, n -> new ArrayList<>());
    String id = "customfield_" + (10_000 + fields.values().stream().mapToInt(List::size).sum());
    CustomField field =
        JiraFakes.of(CustomField.class, name + " (" + id + ")", Map.of("getId", id));
    named.add(field);
    return field;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The app's fields were never added to this Jira. */
  public JiraIssues withoutAppFields() {
    fields.remove(SCOPE_FIELD);
    fields.remove(SPONSOR_FIELD);
    return this;
  }

  CustomField field(String name) {
    List<CustomField> named = fields.get(name);
    if (named == null || named.isEmpty()) {
      throw new IllegalArgumentException("no custom field " + name + " in this test");
    }
    return named.get(0);
  }

  /** Where the managers note what they were asked, in order, beside whatever the test notes. */
  public JiraIssues recordCallsIn(List<String> timeline) {
    this.timeline = timeline;
    return this;
  }

  /** How many ids each getIssueObjects call asked for. */
  public List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  /** The names CustomFieldManager was asked for, in order. */
  public List<String> fieldLookups() {
    return List.copyOf(fieldLookups);
  }

  public long historyCalls() {
    return historyCalls;
  }

  /** How many issue objects the IssueManager has built so far. */
  public long issuesBuilt() {
    return issuesBuilt;
  }

  public ProjectManager projectManager() {
    Function<Object[], Object> byId =
        args -> {
          JiraProject project = projectsById.get((Long) args[0]);
          return project == null ? null : project.lookedUp();
        };
    Function<Object[], Object> byKey =
        args -> {
          JiraProject project = projects.get((String) args[0]);
          return project == null ? null : project.lookedUp();
        };
    Function<Object[], Object> archived =
        args ->
            projects.values().stream()
                .filter(JiraProject::archivedNow)
                .map(JiraProject::lookedUp)
                .filter(java.util.Objects::nonNull)
                .toList();
    Function<Object[], Object> active =
        args ->
            projects.values().stream()
                .filter(p -> !p.archivedNow())
                .map(JiraProject::lookedUp)
                .filter(java.util.Objects::nonNull)
                .toList();
    return JiraFakes.of(
        ProjectManager.class,
        "ProjectManager",
        Map.of(
            "getProjectObj",
            byId,
            "getProjectObjByKey",
            byKey,
            "getArchivedProjects",
            archived,
            "getProjectObjects",
            active));
  }

  public IssueManager issueManager() {
    Map<String, Object> answers = new HashMap<>();
    answers.put(
        "getIssueIdsForProject",
        (Function<Object[], Object>)
            args -> {
              note("getIssueIdsForProject " + args[0]);
              roundTrip();
              JiraProject project = projectsById.get((Long) args[0]);
              try {
                return project == null ? List.of() : project.listIds();
              } catch (Exception fault) {
                return fault;
              }
            });
    answers.put(
        "getIssueObjects",
        (Function<Object[], Object>)
            args -> {
              Collection<?> ids = (Collection<?>) args[0];
              batchSizes.add(ids.size());
              note("getIssueObjects " + ids.size());
              roundTrip();
              List<Issue> loaded = new ArrayList<>(ids.size());
              Map<Long, JiraIssueSpec> specs = new HashMap<>(ids.size() * 2);
              for (Object id : ids) {
                JiraIssueSpec spec = loadable((Long) id);
                if (spec != null) {
                  loaded.add(spec.toIssue());
                  specs.put((Long) id, spec);
                }
              }
              lastLoaded = specs;
              issuesBuilt += loaded.size();
              return loaded;
            });
    return JiraFakes.of(IssueManager.class, "IssueManager", answers);
  }

  public ChangeHistoryManager changeHistoryManager() {
    Function<Object[], Object> histories =
        args -> {
          historyCalls++;
          roundTrip();
          return historiesOf(((Issue) args[0]).getId());
        };
    Function<Object[], Object> batch =
        args -> {
          batchHistoryCalls++;
          if (batchReadFault != null) {
            return batchReadFault; // thrown by the stand-in
          }
          roundTrip();
          List<ChangeHistory> all = new ArrayList<>();
          for (Object issue : (Iterable<?>) args[0]) {
            all.addAll(historiesOf(((Issue) issue).getId()));
          }
          return all;
        };
    return JiraFakes.of(
        ChangeHistoryManager.class,
        "ChangeHistoryManager",
        Map.of("getChangeHistories", histories, "getChangeHistoriesForUser", batch));
  }

  private List<ChangeHistory> historiesOf(Long id) {
    JiraIssueSpec spec = lastLoaded.get(id);
    return (spec != null ? spec : loadable(id)).histories();
  }

  /**
   * The batch read of change histories fails with this: a {@code NoSuchMethodError} for a Jira
   * without it, or any other failure of the read.
   */
  public JiraIssues batchHistoryReadFailing(Throwable fault) {
    this.batchReadFault = fault;
    return this;
  }

  /**
   * Each database read (listing a project's ids, loading a batch of issues, reading histories)
   * waits this long before it answers, as a query to a database over a network would: for a
   * benchmark that shows round trips, not just the work.
   */
  public JiraIssues queryLatency(Duration latency) {
    this.latencyNanos = latency.toNanos();
    return this;
  }

  private void roundTrip() {
    if (latencyNanos > 0) {
      // Waiting, not working: a query's time is mostly the database's and the network's.
      long until = System.nanoTime() + latencyNanos;
      for (long left = latencyNanos; left > 0; left = until - System.nanoTime()) {
        LockSupport.parkNanos(left);
      }
    }
  }

  /** How many times the batch read of change histories was called, failing or not. */
  public long batchHistoryCalls() {
    return batchHistoryCalls;
  }

  /**
   * A status this Jira has, whether or not any issue sits in it now.
   *
   * @param categoryKey Jira's key of its category ("new", "indeterminate", "done")
   */
  public JiraIssues status(String name, String categoryKey) {
    constants.status(name, categoryKey);
    return this;
  }

  /** Jira's status list: every status given to an issue or declared with {@link #status}. */
  public StatusManager statusManager() {
    return statusManagerAnswering(args -> constants.statuses());
  }

  /**
   * A status service that fails when asked: missing on this Jira (an OSGi proxy with no service
   * behind it), or a method that does not link.
   */
  public StatusManager statusManagerFailing(Throwable failure) {
    return JiraFakes.of(StatusManager.class, "StatusManager", Map.of("getStatuses", failure));
  }

  private StatusManager statusManagerAnswering(Function<Object[], Object> answer) {
    return JiraFakes.of(StatusManager.class, "StatusManager", Map.of("getStatuses", answer));
  }

  public CustomFieldManager customFieldManager() {
    Function<Object[], Object> byName =
        args -> {
          fieldLookups.add((String) args[0]);
          return List.copyOf(fields.getOrDefault(args[0], List.of()));
        };
    return JiraFakes.of(
        CustomFieldManager.class,
        "CustomFieldManager",
        Map.of("getCustomFieldObjectsByName", byName));
  }

  /** A user as Jira hands one out on a user field: key and display name. */
  public static ApplicationUser user(String key, String displayName) {
    return JiraFakes.of(
        ApplicationUser.class,
        "User " + key,
        Map.of("getKey", key, "getDisplayName", displayName, "isActive", true));
  }

  /** An ordinary user key, as Jira gives users created since 8.0. */
  public static String userKey(int n) {
    return "JIRAUSER" + (10_000 + n);
  }

  /** A status change as Jira stores it: status ids in from/to, names beside them. */
  public static ChangeItemBean statusChange(String fromName, String toName) {
    return new ChangeItemBean(
        "jira", "status", statusId(fromName), fromName, statusId(toName), toName);
  }

  /** An assignee change as Jira stores it: user keys in from/to, display names beside them. */
  public static ChangeItemBean assigneeChange(
      String fromKey, String fromName, String toKey, String toName) {
    return new ChangeItemBean("jira", "assignee", fromKey, fromName, toKey, toName);
  }

  /** Any other change: field by name, ids and display strings as given. */
  public static ChangeItemBean change(
      String fieldType, String field, String from, String fromText, String to, String toText) {
    return new ChangeItemBean(fieldType, field, from, fromText, to, toText);
  }

  /**
   * The id this Jira gives the status of that name. A history item holding this id beside another
   * name is what Jira keeps after the status was renamed.
   */
  public static String statusId(String name) {
    return name == null ? null : Integer.toString(Math.abs(name.hashCode() % 10_000));
  }

  static long issueId(long projectId, int number) {
    return projectId * IDS_PER_PROJECT + number;
  }

  /** The issue of that id as Jira would load it now; null once it is gone. */
  private JiraIssueSpec loadable(long id) {
    JiraProject project = projectsById.get(id / IDS_PER_PROJECT);
    return project == null ? null : project.loadable((int) (id % IDS_PER_PROJECT));
  }

  void note(String call) {
    if (timeline != null) {
      timeline.add(call);
    }
  }

  Project projectObject(JiraProject project, boolean archived) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("isArchived", archived);
    answers.put("getId", project.id);
    answers.put("getKey", project.key);
    answers.put("getName", project.name());
    String lead = project.leadKey();
    answers.put("getLeadUserKey", (Function<Object[], Object>) args -> lead);
    Object category =
        project.categoryId() == null
            ? null
            : JiraFakes.of(
                ProjectCategory.class,
                "ProjectCategory",
                Map.of("getId", project.categoryId(), "getName", project.categoryName()));
    answers.put("getProjectCategory", (Function<Object[], Object>) args -> category);
    List<Version> versions = new ArrayList<>();
    project
        .versions()
        .forEach(
            (id, name) ->
                versions.add(
                    JiraFakes.of(
                        Version.class, "Version " + name, Map.of("getId", id, "getName", name))));
    answers.put(
        "getVersions",
        project.versionsFailure() != null ? project.versionsFailure() : List.copyOf(versions));
    return JiraFakes.of(Project.class, "Project", answers);
  }
}
