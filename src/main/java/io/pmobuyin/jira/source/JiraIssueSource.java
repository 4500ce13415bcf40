package io.pmobuyin.jira.source;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.run.ClosedProject;
import io.pmobuyin.run.ProjectIssueSource;
import io.pmobuyin.run.ProjectUnavailable;
import io.pmobuyin.run.RunControl;
import io.pmobuyin.run.RunProblem;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * A closed project's issues, read from Jira's database by id in batches of at most 1,000, each with
 * its change history, into the engine. Archived projects have left the search index, and a search
 * would also filter by a searcher's permissions, so every project is read this one way. At most one
 * batch of Jira's objects is held at a time, beside the project's ids (8 bytes an issue): memory
 * grows with the largest project, not the portfolio.
 *
 * <p>Histories are read a batch at a time where Jira links the batch read, and issue by issue where
 * it does not ({@link JiraChangeHistories}).
 *
 * <p>Jira's status list is read once per project and told to the engine first, so history entries
 * get their status's category by id even where no issue sits in that status any more; the project's
 * versions are read once too, so fix-version changes are read by id.
 *
 * <p>An issue that fails to read is reported and skipped; a project deleted, or no longer archived,
 * since the run began is reported as unavailable, with what was read of it kept.
 */
public class JiraIssueSource implements ProjectIssueSource {

  /** Also Oracle's limit on the ids one query may list. */
  static final int BATCH = 1_000;

  /**
   * An issue with at least this many history entries takes long enough (to read, and to mine) that
   * a cancel is looked for right after it, not only between batches.
   */
  static final int LONG_HISTORY = 10_000;

  static final String ISSUE_PROBLEM = "pmobuyin.run.problem.issue";
  static final String PROJECT_UNAVAILABLE = "pmobuyin.run.problem.project-unavailable";

  private final ProjectManager projects;
  private final IssueManager issues;
  private final JiraChangeHistories histories;
  private final CustomFieldManager customFields;
  private final StatusManager statusManager;
  private final JiraDates dates;

  /**
   * @param statusManager Jira's statuses; may be a service that turns out to be missing, which
   *     costs only the status list
   * @param datesStoredIn the zone in which Jira hands out date-only values (due dates, release
   *     dates): its JVM's default zone
   */
  public JiraIssueSource(
      ProjectManager projects,
      IssueManager issues,
      ChangeHistoryManager histories,
      CustomFieldManager customFields,
      StatusManager statusManager,
      ZoneId datesStoredIn) {
    this.projects = projects;
    this.issues = issues;
    this.histories = new JiraChangeHistories(histories);
    this.customFields = customFields;
    this.statusManager = statusManager;
    this.dates = new JiraDates(datesStoredIn);
  }

  @Override
  public void deliver(ClosedProject project, IssueSink sink, RunControl control) {
    Project now = stillThere(project);
    long[] ids = issueIds(project);
    JiraStatuses statuses = JiraStatuses.read(statusManager);
    statuses.announce(sink);
    JiraIssueMapper mapper =
        new JiraIssueMapper(
            project.key(), AppFields.find(customFields), dates, statuses, JiraVersions.of(now));
    for (int from = 0; from < ids.length; from += BATCH) {
      control.checkpoint();
      List<Long> batch = new ArrayList<>(Math.min(BATCH, ids.length - from));
      for (int i = from; i < ids.length && i < from + BATCH; i++) {
        batch.add(ids[i]);
      }
      deliverBatch(project, batch, mapper, sink, control);
    }
  }

  private void deliverBatch(
      ClosedProject project,
      List<Long> batch,
      JiraIssueMapper mapper,
      IssueSink sink,
      RunControl control) {
    List<Issue> loaded = issues.getIssueObjects(batch);
    Map<Long, List<ChangeHistory>> read = histories.ofBatch(loaded);
    Set<Long> seen = new HashSet<>(batch.size() * 2);
    for (Issue issue : loaded) {
      seen.add(issue.getId());
      IssueRecord record;
      List<ChangeHistory> history;
      try {
        history = read != null ? read.get(issue.getId()) : histories.of(issue);
        record = mapper.record(issue, history);
      } catch (RuntimeException e) {
        control.problem(new RunProblem(project.key(), keyOf(issue), ISSUE_PROBLEM, describe(e)));
        continue;
      }
      sink.issue(record);
      control.issueRead();
      if (history != null && history.size() >= LONG_HISTORY) {
        control.checkpoint();
      }
    }
    if (seen.size() < batch.size()) {
      // Jira leaves out ids it no longer finds: the project may be gone, or just those issues.
      stillThere(project);
      for (Long id : batch) {
        if (!seen.contains(id)) {
          control.problem(
              new RunProblem(
                  project.key(), "#" + id, ISSUE_PROBLEM, "deleted since the project was listed"));
        }
      }
    }
  }

  private Project stillThere(ClosedProject project) {
    Project now = projects.getProjectObj(project.id());
    if (now == null) {
      throw unavailable(project, "deleted since the run began");
    }
    if (project.project().archived() && !now.isArchived()) {
      throw unavailable(project, "no longer archived");
    }
    return now;
  }

  /** The ids in ascending order, so batches and the report's evidence do not change run to run. */
  private long[] issueIds(ClosedProject project) {
    Collection<Long> listed;
    try {
      listed = issues.getIssueIdsForProject(project.id());
    } catch (GenericEntityException | RuntimeException e) {
      throw unavailable(project, describe(e));
    }
    if (listed == null) {
      return new long[0];
    }
    long[] ids = new long[listed.size()];
    int n = 0;
    for (Long id : listed) {
      if (id != null) {
        ids[n++] = id;
      }
    }
    ids = n == ids.length ? ids : Arrays.copyOf(ids, n);
    Arrays.sort(ids);
    return ids;
  }

  private static ProjectUnavailable unavailable(ClosedProject project, String why) {
    return new ProjectUnavailable(PROJECT_UNAVAILABLE, "project " + project.key() + ": " + why);
  }

  /** The issue's key, or its id where even the key cannot be read. */
  private static String keyOf(Issue issue) {
    try {
      String key = issue.getKey();
      return key != null ? key : "#" + issue.getId();
    } catch (RuntimeException e) {
      return "#" + issue.getId();
    }
  }

  /** The class and message: enough to search for, and never a stack trace in the admin's log. */
  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
