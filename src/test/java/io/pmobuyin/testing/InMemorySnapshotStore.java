package io.pmobuyin.testing;

import io.pmobuyin.run.Snapshot;
import io.pmobuyin.run.SnapshotHeader;
import io.pmobuyin.run.SnapshotRetention;
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
      long runId, Instant taken, int projects, long issues, String reportJson, boolean pending) {
    SnapshotHeader header = new SnapshotHeader(nextId++, runId, taken, projects, issues, pending);
    snapshots.add(new Snapshot(header, reportJson));
    return header;
  }

  @Override
  public synchronized Optional<Snapshot> latest() {
    return newestFirst().stream().filter(s -> !s.header().pending()).findFirst();
  }

  @Override
  public synchronized Optional<Snapshot> get(long id) {
    return snapshots.stream().filter(s -> s.header().id() == id).findFirst();
  }

  @Override
  public synchronized List<SnapshotHeader> headers() {
    return newestFirst().stream().map(Snapshot::header).filter(h -> !h.pending()).toList();
  }

  @Override
  public synchronized Optional<SnapshotHeader> pending() {
    return newestFirst().stream()
        .map(Snapshot::header)
        .takeWhile(SnapshotHeader::pending)
        .findFirst();
  }

  @Override
  public synchronized boolean accept(long runId) {
    for (int i = 0; i < snapshots.size(); i++) {
      SnapshotHeader h = snapshots.get(i).header();
      if (h.runId() == runId && h.pending()) {
        snapshots.set(
            i,
            new Snapshot(
                new SnapshotHeader(h.id(), h.runId(), h.taken(), h.projects(), h.issues(), false),
                snapshots.get(i).reportJson()));
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void prune(int keep) {
    List<Long> dropped =
        SnapshotRetention.dropped(newestFirst().stream().map(Snapshot::header).toList(), keep);
    snapshots.removeIf(s -> dropped.contains(s.header().id()));
  }

  private List<Snapshot> newestFirst() {
    return snapshots.stream()
        .sorted(Comparator.comparingLong((Snapshot s) -> s.header().id()).reversed())
        .toList();
  }
}
