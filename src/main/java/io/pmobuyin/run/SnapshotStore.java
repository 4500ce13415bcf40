package io.pmobuyin.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reports of successful runs, kept in Jira's database (Active Objects inside Jira, memory in
 * tests): trends and before/after comparisons survive restarts and read the same on every node.
 */
public interface SnapshotStore {

  /** Keeps a report and gives it its id. */
  SnapshotHeader save(long runId, Instant taken, int projects, long issues, String reportJson);

  Optional<Snapshot> latest();

  Optional<Snapshot> get(long id);

  /** Every kept snapshot's header, newest first. */
  List<SnapshotHeader> headers();

  /** Deletes all but the newest {@code keep} snapshots. */
  void prune(int keep);
}
