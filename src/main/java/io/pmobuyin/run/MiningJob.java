package io.pmobuyin.run;

import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.report.PlanSection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One mining run from start to snapshot: take the cluster lock or skip, pick the closed projects,
 * feed their issues to the engine project by project, and keep the report. A project or issue that
 * cannot be read is logged and the run goes on; a run that fails, is cancelled or is interrupted
 * keeps no snapshot, so the last good one stays what everyone sees. A run where more projects
 * failed than the plan allows is partial: its report is kept pending, beside the last good one,
 * until an admin accepts it.
 */
public final class MiningJob {

  static final String FAILED_SETTINGS = "pmobuyin.run.failure.settings";
  static final String FAILED_PROJECTS = "pmobuyin.run.failure.projects";
  static final String FAILED_NOTHING = "pmobuyin.run.failure.nothing-to-mine";
  static final String FAILED_UNEXPECTED = "pmobuyin.run.failure.unexpected";
  static final String UNCATEGORISED_STATUS = "pmobuyin.run.problem.uncategorised-status";
  static final String PROJECT_FAILED = "pmobuyin.run.problem.project-failed";
  static final String PARTIAL = "pmobuyin.run.problem.partial";
  static final String ACTIONS_FAILED = "pmobuyin.run.problem.actions-failed";

  private final ClosedProjectSource projects;
  private final ProjectIssueSource issues;
  private final MiningPlans plans;
  private final RunLock lock;
  private final RunHistory history;
  private final SnapshotStore snapshots;
  private final ErrorLog errors;
  private final Clock clock;

  public MiningJob(
      ClosedProjectSource projects,
      ProjectIssueSource issues,
      MiningPlans plans,
      RunLock lock,
      RunHistory history,
      SnapshotStore snapshots,
      ErrorLog errors,
      Clock clock) {
    this.projects = projects;
    this.issues = issues;
    this.plans = plans;
    this.lock = lock;
    this.history = history;
    this.snapshots = snapshots;
    this.errors = errors;
    this.clock = clock;
  }

  /** Runs now on this thread, unless another node is running: then records a skip and returns. */
  public Optional<RunRecord> run(RunTrigger trigger) {
    if (!lock.tryLock()) {
      history.skipped(trigger, clock.instant());
      return Optional.empty();
    }
    try {
      // Holding the lock, a run still marked running was cut off by a node that stopped.
      history
          .running()
          .ifPresent(
              stale -> history.save(stale.finish(RunState.INTERRUPTED, clock.instant(), null)));
      ActiveRun run =
          new ActiveRun(history.start(trigger, clock.instant()), history, errors, clock);
      return Optional.of(mine(run));
    } finally {
      lock.unlock();
    }
  }

  /** Asks the run under way, on whichever node, to stop at its next checkpoint. */
  public boolean cancel() {
    Optional<RunRecord> running = history.running();
    running.ifPresent(run -> history.requestCancel(run.id()));
    return running.isPresent();
  }

  private RunRecord mine(ActiveRun run) {
    MiningPlan plan;
    List<ClosedProject> picked;
    try {
      plan = plans.plan();
    } catch (RuntimeException e) {
      return fail(run, FAILED_SETTINGS, e);
    }
    try {
      picked = projects.closedProjects(run::problem);
    } catch (RuntimeException e) {
      return fail(run, FAILED_PROJECTS, e);
    }
    try {
      run.projects(picked.size());
      PortfolioMiner miner = plan.newMiner();
      int failed = 0;
      for (ClosedProject project : picked) {
        run.betweenProjects();
        failed += mineOne(project, miner, run) ? 0 : 1;
        run.projectDone();
      }
      if (run.issues() == 0) {
        return run.finish(RunState.FAILED, FAILED_NOTHING);
      }
      MinedPortfolio mined = miner.finish();
      String report = plan.reportJson(mined, run.summary(), actions(plan, run));
      // After the report: a status to categorise is for the admin's log, not an issue skipped.
      mined
          .uncategorisedStatuses()
          .forEach(
              (status, count) ->
                  run.problem(
                      new RunProblem(null, null, UNCATEGORISED_STATUS, status + ": " + count)));
      boolean partial = failed > plan.mostProjectsFailing() * picked.size();
      if (partial) {
        run.problem(
            new RunProblem(null, null, PARTIAL, failed + " of " + picked.size() + " projects"));
      }
      snapshots.save(run.id(), clock.instant(), run.projectsDone(), run.issues(), report, partial);
      snapshots.prune(plan.snapshotsKept());
      return run.finish(partial ? RunState.PARTIAL : RunState.SUCCEEDED, null);
    } catch (RunStopped stopped) {
      return run.finish(stopped.state(), null);
    } catch (RuntimeException e) {
      return fail(run, FAILED_UNEXPECTED, e);
    }
  }

  /**
   * A project that cannot be read, or fails halfway, is logged; the run goes on without it.
   *
   * @return whether the project was read to its end
   */
  private boolean mineOne(ClosedProject project, PortfolioMiner miner, ActiveRun run) {
    miner.project(project.project());
    try {
      issues.deliver(project, miner, run);
      return true;
    } catch (ProjectUnavailable e) {
      run.problem(new RunProblem(project.key(), null, e.messageKey(), e.getMessage()));
    } catch (RunStopped stopped) {
      throw stopped;
    } catch (RuntimeException e) {
      // What was read of the project stays mined; the log says it is incomplete.
      run.problem(new RunProblem(project.key(), null, PROJECT_FAILED, describe(e)));
    }
    return false;
  }

  /**
   * The improvement plan for the report. The plan is a companion to what was mined, so a failure to
   * read it is logged and the report goes out with no actions rather than not at all.
   */
  private static PlanSection actions(MiningPlan plan, ActiveRun run) {
    try {
      return plan.actions(run::problem);
    } catch (RunStopped stopped) {
      throw stopped;
    } catch (RuntimeException e) {
      run.problem(new RunProblem(null, null, ACTIONS_FAILED, describe(e)));
      return PlanSection.none();
    }
  }

  private RunRecord fail(ActiveRun run, String failureKey, RuntimeException cause) {
    run.problem(new RunProblem(null, null, failureKey, describe(cause)));
    return run.finish(RunState.FAILED, failureKey);
  }

  /** The class and message: enough to search for, and never a stack trace in the admin's log. */
  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
