package io.pmobuyin.testing;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.run.ClosedProject;
import io.pmobuyin.run.ClosedProjectSource;
import io.pmobuyin.run.ProjectIssueSource;
import io.pmobuyin.run.ProjectUnavailable;
import io.pmobuyin.run.RunControl;
import io.pmobuyin.run.RunProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Closed projects and their issues for tests of a mining run, read the way the Jira adapter reads
 * them (in batches, a checkpoint between batches), with faults placed where a test wants them: an
 * issue that fails to load, a project that vanishes, or something done at a given issue.
 */
public final class ScriptedProjects implements ClosedProjectSource, ProjectIssueSource {

  private final Map<String, List<IssueRecord>> issues = new LinkedHashMap<>();
  private final Map<String, String> failingIssues = new LinkedHashMap<>();
  private final List<String> vanished = new ArrayList<>();
  private final Map<String, Runnable> actions = new LinkedHashMap<>();
  private int batchSize = 2;
  private RuntimeException selectionFault;

  /** A project with {@code count} resolved issues, KEY-1 … KEY-count. */
  public ScriptedProjects project(String key, int count) {
    List<IssueRecord> list = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      list.add(
          IssueBuilder.anIssue()
              .key(key + "-" + i)
              .createdOnDay(i)
              .startedOnDay(i + 1)
              .resolvedOnDay(i + 5)
              .build());
    }
    issues.put(key, list);
    return this;
  }

  /** Adds an issue to a project already scripted. */
  public ScriptedProjects with(String projectKey, IssueRecord issue) {
    issues.get(projectKey).add(issue);
    return this;
  }

  /** This issue fails to load, with this technical detail. */
  public ScriptedProjects failing(String issueKey, String detail) {
    failingIssues.put(issueKey, detail);
    return this;
  }

  /** The project is gone by the time its issues are read. */
  public ScriptedProjects vanishing(String projectKey) {
    vanished.add(projectKey);
    return this;
  }

  /** Does something (cancel, interrupt) just after this issue is delivered. */
  public ScriptedProjects at(String issueKey, Runnable action) {
    actions.put(issueKey, action);
    return this;
  }

  public ScriptedProjects batchesOf(int size) {
    batchSize = size;
    return this;
  }

  /** Picking the projects itself fails. */
  public ScriptedProjects selectionFails(RuntimeException fault) {
    selectionFault = fault;
    return this;
  }

  @Override
  public List<ClosedProject> closedProjects(Consumer<RunProblem> problems) {
    if (selectionFault != null) {
      throw selectionFault;
    }
    List<ClosedProject> projects = new ArrayList<>();
    long id = 10_000;
    for (String key : issues.keySet()) {
      projects.add(new ClosedProject(id++, ProjectRecord.named(key, "Project " + key)));
    }
    return projects;
  }

  @Override
  public void deliver(ClosedProject project, IssueSink sink, RunControl control) {
    if (vanished.contains(project.key())) {
      throw new ProjectUnavailable(
          "pmobuyin.run.problem.project-unavailable", "project " + project.key() + " was deleted");
    }
    List<IssueRecord> list = issues.get(project.key());
    for (int i = 0; i < list.size(); i++) {
      if (i % batchSize == 0) {
        control.checkpoint();
      }
      IssueRecord issue = list.get(i);
      String fault = failingIssues.get(issue.key());
      if (fault != null) {
        control.problem(
            new RunProblem(project.key(), issue.key(), "pmobuyin.run.problem.issue", fault));
      } else {
        sink.issue(issue);
        control.issueRead();
      }
      Runnable action = actions.get(issue.key());
      if (action != null) {
        action.run();
      }
    }
  }
}
