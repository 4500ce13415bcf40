package io.pmobuyin.testing;

import io.pmobuyin.run.Snapshot;
import io.pmobuyin.run.SnapshotHeader;
import io.pmobuyin.run.SnapshotStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The snapshot store of tests: memory only, newest (highest id) first. */
public final class InMemorySnapshotStore implements SnapshotStore {

  private final List<Snapshot> snapshots = new ArrayList<>();
  private long nextId = 1;

  @Override
  public synchronized SnapshotHeader save(
      long runId, Instant taken, int projects, long issues, String reportJson) {
    SnapshotHeader header = new SnapshotHeader(nextId++, runId, taken, projects, issues);
    snapshots.add(new Snapshot(header, reportJson));
    return header;
  }

  @Override
  public synchronized Optional<Snapshot> latest() {
    return newestFirst().stream().findFirst();
  }

  @Override
  public synchronized Optional<Snapshot> get(long id) {
    return snapshots.stream().filter(s -> s.header().id() == id).findFirst();
  }

  @Override
  public synchronized List<SnapshotHeader> headers() {
    return newestFirst().stream().map(Snapshot::header).toList();
  }

  @Override
  public synchronized void prune(int keep) {
    List<Snapshot> kept = newestFirst().stream().limit(keep).toList();
    snapshots.retainAll(kept);
  }

  private List<Snapshot> newestFirst() {
    return snapshots.stream()
        .sorted(Comparator.comparingLong((Snapshot s) -> s.header().id()).reversed())
        .toList();
  }
}
