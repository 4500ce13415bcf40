package io.pmobuyin.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reports of finished runs, kept in Jira's database (Active Objects inside Jira, memory in
 * tests): trends and before/after comparisons survive restarts and read the same on every node.
 *
 * <p>A partial run's report is kept <em>pending</em>: beside the last good one, but neither shown
 * nor counted in trends until an admin accepts it.
 */
public interface SnapshotStore {

  /** Keeps a complete run's report, shown at once, and gives it its id. */
  default SnapshotHeader save(
      long runId, Instant taken, int projects, long issues, String reportJson) {
    return save(runId, taken, projects, issues, reportJson, false);
  }

  /**
   * Keeps a report and gives it its id.
   *
   * @param pending whether it waits for an admin to accept it before it is shown
   */
  SnapshotHeader save(
      long runId, Instant taken, int projects, long issues, String reportJson, boolean pending);

  /** The newest shown (not pending) snapshot. */
  Optional<Snapshot> latest();

  /** Any kept snapshot, pending or shown. */
  Optional<Snapshot> get(long id);

  /** Every shown snapshot's header, newest first. */
  List<SnapshotHeader> headers();

  /** The pending snapshot newer than every shown one, if there is one. */
  Optional<SnapshotHeader> pending();

  /**
   * Shows the run's pending snapshot from now on.
   *
   * @return false when that run left no pending snapshot
   */
  boolean accept(long runId);

  /** Deletes what {@link SnapshotRetention} drops. */
  void prune(int keep);
}
