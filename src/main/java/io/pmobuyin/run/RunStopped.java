package io.pmobuyin.run;

/** Thrown from a checkpoint to stop a run: an admin cancelled it, or its thread was interrupted. */
public class RunStopped extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RunState state;

  RunStopped(RunState state) {
    super(state.name(), null, false, false);
    this.state = state;
  }

  /** {@link RunState#CANCELLED} or {@link RunState#INTERRUPTED}. */
  public RunState state() {
    return state;
  }
}
