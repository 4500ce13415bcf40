package io.pmobuyin.run;

import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The run under way on this node: its counters, its progress saved to the history now and then (not
 * on every issue: the history is Jira's database), and the cancel an admin may ask for on any node.
 */
final class ActiveRun implements RunControl {

  /** Progress is saved, and a cancel noticed, at most this often within a project. */
  static final Duration SAVE_EVERY = Duration.ofSeconds(2);

  /** Problems named in the report's import section; the error log keeps them all. */
  static final int PROBLEMS_IN_REPORT = 20;

  private final RunHistory history;
  private final ErrorLog errors;
  private final Clock clock;
  private final List<ImportProblem> namedProblems = new ArrayList<>();
  private RunRecord record;
  private Instant lastSaved;
  private int projectsTotal;
  private int projectsDone;
  private long issues;
  private long problems;

  ActiveRun(RunRecord record, RunHistory history, ErrorLog errors, Clock clock) {
    this.record = record;
    this.history = history;
    this.errors = errors;
    this.clock = clock;
    this.lastSaved = clock.instant();
  }

  long id() {
    return record.id();
  }

  @Override
  public void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new RunStopped(RunState.INTERRUPTED);
    }
    if (!clock.instant().isBefore(lastSaved.plus(SAVE_EVERY))) {
      saveAndCheckCancel();
    }
  }

  /** Between projects: progress saved and a cancel noticed whatever the time. */
  void betweenProjects() {
    if (Thread.currentThread().isInterrupted()) {
      throw new RunStopped(RunState.INTERRUPTED);
    }
    saveAndCheckCancel();
  }

  @Override
  public void issueRead() {
    issues++;
  }

  @Override
  public void problem(RunProblem problem) {
    problems++;
    errors.add(new LoggedError(clock.instant(), record.id(), problem));
    if (namedProblems.size() < PROBLEMS_IN_REPORT) {
      String where = problem.issueKey() == null ? problem.projectKey() : problem.issueKey();
      namedProblems.add(new ImportProblem("Jira", where, problem.detail()));
    }
  }

  void projects(int total) {
    projectsTotal = total;
  }

  void projectDone() {
    projectsDone++;
  }

  long issues() {
    return issues;
  }

  int projectsDone() {
    return projectsDone;
  }

  /** What was read, for the report's import section: one "file" per project. */
  ImportSummary summary() {
    return new ImportSummary(projectsDone, issues, problems, 0, namedProblems, problems);
  }

  RunRecord finish(RunState state, String failureKey) {
    record =
        record
            .progress(projectsTotal, projectsDone, issues, problems)
            .finish(state, clock.instant(), failureKey);
    history.save(record);
    return record;
  }

  private void saveAndCheckCancel() {
    record = record.progress(projectsTotal, projectsDone, issues, problems);
    history.save(record);
    lastSaved = clock.instant();
    if (history.cancelRequested(record.id())) {
      throw new RunStopped(RunState.CANCELLED);
    }
  }
}
