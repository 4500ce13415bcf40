package io.pmobuyin.run;

import java.time.Instant;

/**
 * What is known of a snapshot without reading its report: when, from which run, how big, and
 * whether it waits for an admin to accept it (a partial run's) before anyone is shown it.
 */
public record SnapshotHeader(
    long id, long runId, Instant taken, int projects, long issues, boolean pending) {

  /** A snapshot shown as soon as it is kept: a complete run's. */
  public SnapshotHeader(long id, long runId, Instant taken, int projects, long issues) {
    this(id, runId, taken, projects, issues, false);
  }
}
