package io.pmobuyin.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.pmobuyin.run.RunHistory;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The run history in Jira's database. A skipped run is kept as a finished row in state SKIPPED: it
 * shows in the history, and nothing else reads it (it never counts as running, and no cancel
 * reaches it).
 *
 * <p>Each new row prunes the history to its newest {@link #KEPT} runs (every node of a cluster that
 * skips adds a row, so without it the table grows by a row per node and schedule forever).
 */
public final class AoRunHistory implements RunHistory {

  private static final String NEWEST_FIRST = "ID DESC";

  /** Far more than the admin page shows (20); enough to look back over a year of daily runs. */
  static final int KEPT = 1_000;

  private final ActiveObjects activeObjects;

  public AoRunHistory(ActiveObjects activeObjects) {
    this.activeObjects = activeObjects;
  }

  @Override
  public RunRecord start(RunTrigger trigger, Instant at) {
    MiningRunEntity row = insert(trigger, RunState.RUNNING, at, null);
    pruneBelow(row);
    return record(row);
  }

  @Override
  public void skipped(RunTrigger trigger, Instant at) {
    pruneBelow(insert(trigger, RunState.SKIPPED, at, at));
  }

  /** Ids only grow, so the runs before the newest {@link #KEPT} are those KEPT ids below it. */
  private void pruneBelow(MiningRunEntity newest) {
    if (newest.getID() > KEPT) {
      activeObjects.deleteWithSQL(MiningRunEntity.class, "ID <= ?", newest.getID() - KEPT);
    }
  }

  @Override
  public void save(RunRecord run) {
    MiningRunEntity row = row(run.id());
    if (row == null) {
      throw new IllegalArgumentException("No run " + run.id() + " in the history");
    }
    // Only what a run changes: AO writes just these columns, so a cancel set meanwhile stays.
    row.setRunState(run.state().name());
    row.setFinished(StoredTime.toDate(run.finished()));
    row.setProjectsTotal(run.projectsTotal());
    row.setProjectsDone(run.projectsDone());
    row.setIssuesRead(run.issuesRead());
    row.setProblems(run.problems());
    row.setFailureKey(run.failureKey());
    row.save();
  }

  @Override
  public List<RunRecord> recent(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    MiningRunEntity[] rows =
        activeObjects.find(MiningRunEntity.class, Query.select().order(NEWEST_FIRST).limit(limit));
    return Arrays.stream(rows).map(AoRunHistory::record).toList();
  }

  @Override
  public Optional<RunRecord> running() {
    MiningRunEntity[] rows =
        activeObjects.find(
            MiningRunEntity.class,
            Query.select()
                .where(MiningRunEntity.RUN_STATE + " = ?", RunState.RUNNING.name())
                .order(NEWEST_FIRST)
                .limit(1));
    return Arrays.stream(rows).findFirst().map(AoRunHistory::record);
  }

  @Override
  public void requestCancel(long runId) {
    MiningRunEntity row = row(runId);
    if (row != null) {
      row.setCancelRequested(true);
      row.save();
    }
  }

  @Override
  public boolean cancelRequested(long runId) {
    // get() reads the row afresh, so a cancel set on another node is seen here.
    MiningRunEntity row = row(runId);
    return row != null && row.isCancelRequested();
  }

  private MiningRunEntity insert(RunTrigger trigger, RunState state, Instant at, Instant end) {
    return activeObjects.create(
        MiningRunEntity.class,
        new DBParam(MiningRunEntity.RUN_TRIGGER, trigger.name()),
        new DBParam(MiningRunEntity.RUN_STATE, state.name()),
        new DBParam(MiningRunEntity.STARTED, StoredTime.toDate(at)),
        new DBParam(MiningRunEntity.FINISHED, StoredTime.toDate(end)),
        new DBParam(MiningRunEntity.PROJECTS_TOTAL, 0),
        new DBParam(MiningRunEntity.PROJECTS_DONE, 0),
        new DBParam(MiningRunEntity.ISSUES_READ, 0L),
        new DBParam(MiningRunEntity.PROBLEMS, 0L),
        new DBParam(MiningRunEntity.CANCEL_REQUESTED, false));
  }

  private MiningRunEntity row(long runId) {
    return StoredId.of(runId).map(id -> activeObjects.get(MiningRunEntity.class, id)).orElse(null);
  }

  private static RunRecord record(MiningRunEntity row) {
    return new RunRecord(
        row.getID(),
        RunTrigger.valueOf(row.getRunTrigger()),
        RunState.valueOf(row.getRunState()),
        StoredTime.toInstant(row.getStarted()),
        StoredTime.toInstant(row.getFinished()),
        row.getProjectsTotal(),
        row.getProjectsDone(),
        row.getIssuesRead(),
        row.getProblems(),
        row.getFailureKey());
  }
}
