package io.pmobuyin.run;

/**
 * Where a run stands. A {@link #SUCCEEDED} run leaves a new snapshot that everyone sees; a {@link
 * #PARTIAL} one leaves a snapshot that waits for an admin to accept it.
 */
public enum RunState {
  RUNNING,
  SUCCEEDED,
  /**
   * Finished, but more of its projects failed than the plan allows: its report is kept beside the
   * last good one and shown only once an admin accepts it.
   */
  PARTIAL,
  FAILED,
  CANCELLED,
  /** The node stopped under it, or it was found unfinished after a restart. */
  INTERRUPTED,
  /** Another node was running already; this one did nothing. */
  SKIPPED;

  public boolean finished() {
    return this != RUNNING;
  }
}
