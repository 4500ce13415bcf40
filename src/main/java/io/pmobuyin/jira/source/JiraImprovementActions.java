package io.pmobuyin.jira.source;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.run.ActionSource;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.scope.ServiceCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * The PMO's improvement actions inside Jira: the issues of the project the admin names, one action
 * each. Its key, summary and status are the action's; its status category says whether it is done;
 * it started on the day (in the settings' zone) it first entered a status of the in-progress
 * category, by its change history, and has not started while it never did.
 *
 * <p>What an action targets is said with labels: {@code pmo-pattern-scope_creep} (or {@code
 * pmo-pattern-scope-creep}, any case) for each pattern, {@code pmo-applies-ABC} for each project it
 * applies to, {@code pmo-service-risk-review} for each PMO Scope service (a catalogue id) whose
 * projects it applies to, neither meaning every project. Labels rather than a custom field of the
 * app's: there is nothing to create or add to screens, every issue type has them, JQL finds an
 * action by them ({@code labels = pmo-pattern-scope_creep}), they stay on the issue in exports and
 * moves, and they are in plain sight on the issue. An issue with no pattern label is not an action
 * and is skipped; a pattern label naming no pattern is ignored. Both are counted in one note for
 * the run's log, so a typo is found without flooding it. A service label naming no service of the
 * run's catalogue is kept (the action then applies through it only to projects whose PMO Scope
 * values hold that very id, usually none, and never to every project) and named in a note of its
 * own.
 *
 * <p>Issues are read from the database by id, as the mining reads projects, not by search: a run
 * has no user to search as. Who may see an action is decided when a view is built, by browse
 * permission on its issue.
 */
public class JiraImprovementActions implements ActionSource {

  static final String PROJECT_MISSING = "pmobuyin.run.problem.actions-project-missing";
  static final String SKIPPED = "pmobuyin.run.problem.actions-skipped";
  static final String ISSUE_PROBLEM = "pmobuyin.run.problem.action-issue";
  static final String UNKNOWN_SERVICES = "pmobuyin.run.problem.actions-unknown-services";

  private final ProjectManager projects;
  private final IssueManager issues;
  private final JiraChangeHistories histories;
  private final StatusManager statusManager;

  /**
   * @param statusManager Jira's statuses; may be missing, costing only starts read by id
   */
  public JiraImprovementActions(
      ProjectManager projects,
      IssueManager issues,
      ChangeHistoryManager histories,
      StatusManager statusManager) {
    this.projects = projects;
    this.issues = issues;
    this.histories = new JiraChangeHistories(histories);
    this.statusManager = statusManager;
  }

  @Override
  public List<ImprovementAction> actions(
      String projectKey, ZoneId zone, ServiceCatalogue catalogue, Consumer<RunProblem> problems) {
    Project project = projects.getProjectObjByKey(projectKey);
    if (project == null) {
      problems.accept(new RunProblem(projectKey, null, PROJECT_MISSING, null));
      return List.of();
    }
    JiraStatuses statuses = JiraStatuses.read(statusManager);
    List<Long> ids = issueIds(project);
    List<ImprovementAction> actions = new ArrayList<>();
    int unlabelled = 0;
    TreeSet<String> unknown = new TreeSet<>();
    Map<String, List<String>> uncatalogued = new TreeMap<>();
    for (int from = 0; from < ids.size(); from += JiraIssueSource.BATCH) {
      List<Issue> loaded =
          issues.getIssueObjects(
              ids.subList(from, Math.min(ids.size(), from + JiraIssueSource.BATCH)));
      Map<Long, List<ChangeHistory>> read = histories.ofBatch(loaded);
      for (Issue issue : loaded) {
        try {
          ActionLabels labels = ActionLabels.of(issue.getLabels());
          unknown.addAll(labels.unknownPatterns());
          if (labels.patterns().isEmpty()) {
            unlabelled++;
            continue;
          }
          for (String service : labels.services()) {
            if (catalogue.entry(service).isEmpty()) {
              uncatalogued
                  .computeIfAbsent(ActionLabels.SERVICE_PREFIX + service, s -> new ArrayList<>())
                  .add(issue.getKey());
            }
          }
          List<ChangeHistory> history =
              read != null ? read.get(issue.getId()) : histories.of(issue);
          actions.add(action(issue, labels, started(issue, history, statuses, zone)));
        } catch (RuntimeException e) {
          problems.accept(new RunProblem(projectKey, issue.getKey(), ISSUE_PROBLEM, describe(e)));
        }
      }
    }
    if (unlabelled > 0 || !unknown.isEmpty()) {
      problems.accept(
          new RunProblem(
              projectKey,
              null,
              SKIPPED,
              unlabelled
                  + " issues without a pmo-pattern- label"
                  + (unknown.isEmpty()
                      ? ""
                      : "; labels naming no pattern: " + String.join(", ", unknown))));
    }
    if (!uncatalogued.isEmpty()) {
      problems.accept(
          new RunProblem(
              projectKey,
              null,
              UNKNOWN_SERVICES,
              String.join(
                  "; ",
                  uncatalogued.entrySet().stream()
                      .map(e -> e.getKey() + " on " + String.join(", ", e.getValue()))
                      .toList())));
    }
    return actions;
  }

  private static ImprovementAction action(Issue issue, ActionLabels labels, LocalDate started) {
    Status status = issue.getStatus();
    return new ImprovementAction(
        issue.getKey(),
        issue.getSummary(),
        status == null ? null : status.getName(),
        JiraIssueMapper.category(status) == StatusCategory.DONE,
        labels.patterns(),
        started,
        labels.projects(),
        labels.services());
  }

  /**
   * The day the issue first entered an in-progress status by its history. A status is known by its
   * id in Jira's list today; where the list cannot be read, or an issue was created straight into
   * an in-progress status and sits there still, its creation day is the start.
   */
  static LocalDate started(
      Issue issue, List<ChangeHistory> history, JiraStatuses statuses, ZoneId zone) {
    Instant first = null;
    if (history != null) {
      for (ChangeHistory entry : history) {
        Instant at = JiraDates.instant(entry.getTimePerformed());
        if (at == null
            || (first != null && !at.isBefore(first))
            || !entersProgress(entry, statuses)) {
          continue;
        }
        first = at;
      }
    }
    if (first == null
        && JiraIssueMapper.category(issue.getStatus()) == StatusCategory.IN_PROGRESS) {
      first = JiraDates.instant(issue.getCreated());
    }
    return first == null ? null : LocalDate.ofInstant(first, zone);
  }

  private static boolean entersProgress(ChangeHistory entry, JiraStatuses statuses) {
    List<ChangeItemBean> items = entry.getChangeItemBeans();
    if (items == null) {
      return false;
    }
    for (ChangeItemBean item : items) {
      if ("status".equalsIgnoreCase(item.getField())
          && statuses.category(item.getTo()) == StatusCategory.IN_PROGRESS) {
        return true;
      }
    }
    return false;
  }

  /** In ascending order, so that problems come in the same order run to run. */
  private List<Long> issueIds(Project project) {
    Collection<Long> listed;
    try {
      listed = issues.getIssueIdsForProject(project.getId());
    } catch (GenericEntityException e) {
      // A failed read of the plan fails only the plan: the run logs it and reports without one.
      throw new IllegalStateException("issues of " + project.getKey() + ": " + e.getMessage(), e);
    }
    if (listed == null) {
      return List.of();
    }
    return listed.stream().filter(java.util.Objects::nonNull).sorted().toList();
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
