package io.pmobuyin.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.pmobuyin.run.Snapshot;
import io.pmobuyin.run.SnapshotHeader;
import io.pmobuyin.run.SnapshotRetention;
import io.pmobuyin.run.SnapshotStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Snapshots in Jira's database, newest (highest id) first. Snapshots are saved only under the
 * cluster lock, one run at a time, so id order is the order they were taken in.
 *
 * <p>Which are shown and which pending is told apart in Java over the preloaded header columns (a
 * few hundred rows at most), not in SQL: rows from before the PENDING column hold NULL there, which
 * {@code PENDING = false} would leave out.
 */
public final class AoSnapshotStore implements SnapshotStore {

  private static final String NEWEST_FIRST = "ID DESC";

  private final ActiveObjects activeObjects;

  public AoSnapshotStore(ActiveObjects activeObjects) {
    this.activeObjects = activeObjects;
  }

  @Override
  public SnapshotHeader save(
      long runId, Instant taken, int projects, long issues, String reportJson, boolean pending) {
    SnapshotEntity row =
        activeObjects.create(
            SnapshotEntity.class,
            new DBParam(SnapshotEntity.RUN_ID, runId),
            new DBParam(SnapshotEntity.TAKEN, StoredTime.toDate(taken)),
            new DBParam(SnapshotEntity.PROJECTS, projects),
            new DBParam(SnapshotEntity.ISSUES, issues),
            new DBParam(SnapshotEntity.PENDING, pending),
            new DBParam(SnapshotEntity.REPORT_JSON, reportJson));
    return header(row);
  }

  @Override
  public Optional<Snapshot> latest() {
    return headers().stream().findFirst().flatMap(header -> get(header.id()));
  }

  @Override
  public Optional<SnapshotHeader> pending() {
    return allHeaders().stream().takeWhile(SnapshotHeader::pending).findFirst();
  }

  @Override
  public boolean accept(long runId) {
    SnapshotEntity[] rows =
        activeObjects.find(
            SnapshotEntity.class,
            Query.select().where(SnapshotEntity.RUN_ID + " = ?", runId).order(NEWEST_FIRST));
    for (SnapshotEntity row : rows) {
      if (row.isPending()) {
        row.setPending(false);
        row.save();
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Snapshot> get(long id) {
    return StoredId.of(id)
        .map(key -> activeObjects.get(SnapshotEntity.class, key))
        .map(AoSnapshotStore::snapshot);
  }

  @Override
  public List<SnapshotHeader> headers() {
    return allHeaders().stream().filter(header -> !header.pending()).toList();
  }

  @Override
  public void prune(int keep) {
    for (long id : SnapshotRetention.dropped(allHeaders(), keep)) {
      activeObjects.deleteWithSQL(SnapshotEntity.class, "ID = ?", (int) id);
    }
  }

  private List<SnapshotHeader> allHeaders() {
    return Arrays.stream(
            activeObjects.find(SnapshotEntity.class, Query.select().order(NEWEST_FIRST)))
        .map(AoSnapshotStore::header)
        .toList();
  }

  private static Snapshot snapshot(SnapshotEntity row) {
    return new Snapshot(header(row), row.getReportJson());
  }

  private static SnapshotHeader header(SnapshotEntity row) {
    return new SnapshotHeader(
        row.getID(),
        row.getRunId(),
        StoredTime.toInstant(row.getTaken()),
        row.getProjects(),
        row.getIssues(),
        row.isPending());
  }
}
