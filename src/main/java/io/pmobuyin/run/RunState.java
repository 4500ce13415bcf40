package io.pmobuyin.run;

/** Where a run stands. Only a {@link #SUCCEEDED} run leaves a new snapshot. */
public enum RunState {
  RUNNING,
  SUCCEEDED,
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
