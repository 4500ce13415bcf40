package io.pmobuyin.run;

/** What a source reports to the run it feeds, and how the run stops it. */
public interface RunControl {

  /**
   * Between batches: saves progress now and then, and stops the source when the run was cancelled
   * or the node is shutting down.
   *
   * @throws RunStopped to leave the source; the run keeps the previous snapshot
   */
  void checkpoint();

  void issueRead();

  /** An issue (or other part of a project) that could not be read; the run goes on. */
  void problem(RunProblem problem);
}
