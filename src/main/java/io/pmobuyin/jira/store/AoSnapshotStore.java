package io.pmobuyin.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.pmobuyin.run.Snapshot;
import io.pmobuyin.run.SnapshotHeader;
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
 */
public final class AoSnapshotStore implements SnapshotStore {

  private static final String NEWEST_FIRST = "ID DESC";

  private final ActiveObjects activeObjects;

  public AoSnapshotStore(ActiveObjects activeObjects) {
    this.activeObjects = activeObjects;
  }

  @Override
  public SnapshotHeader save(
      long runId, Instant taken, int projects, long issues, String reportJson) {
    SnapshotEntity row =
        activeObjects.create(
            SnapshotEntity.class,
            new DBParam(SnapshotEntity.RUN_ID, runId),
            new DBParam(SnapshotEntity.TAKEN, StoredTime.toDate(taken)),
            new DBParam(SnapshotEntity.PROJECTS, projects),
            new DBParam(SnapshotEntity.ISSUES, issues),
            new DBParam(SnapshotEntity.REPORT_JSON, reportJson));
    return header(row);
  }

  @Override
  public Optional<Snapshot> latest() {
    SnapshotEntity[] newest =
        activeObjects.find(SnapshotEntity.class, Query.select().order(NEWEST_FIRST).limit(1));
    return Arrays.stream(newest).findFirst().map(AoSnapshotStore::snapshot);
  }

  @Override
  public Optional<Snapshot> get(long id) {
    return StoredId.of(id)
        .map(key -> activeObjects.get(SnapshotEntity.class, key))
        .map(AoSnapshotStore::snapshot);
  }

  @Override
  public List<SnapshotHeader> headers() {
    return Arrays.stream(
            activeObjects.find(SnapshotEntity.class, Query.select().order(NEWEST_FIRST)))
        .map(AoSnapshotStore::header)
        .toList();
  }

  @Override
  public void prune(int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep must not be negative: " + keep);
    }
    // The newest row not kept; it and every older one go in one DELETE.
    SnapshotEntity[] firstDropped =
        activeObjects.find(
            SnapshotEntity.class, Query.select().order(NEWEST_FIRST).offset(keep).limit(1));
    if (firstDropped.length > 0) {
      activeObjects.deleteWithSQL(SnapshotEntity.class, "ID <= ?", firstDropped[0].getID());
    }
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
        row.getIssues());
  }
}
