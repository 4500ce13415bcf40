package io.pmobuyin.testing;

import io.pmobuyin.run.RunControl;
import io.pmobuyin.run.RunProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The run as a source sees it, for tests of a source: counts checkpoints and issues, keeps the
 * problems, notes each checkpoint in a timeline it may share with the stand-ins of Jira, and may
 * stop the source at a checkpoint.
 */
public final class RecordingRunControl implements RunControl {

  private final List<String> timeline;
  private final List<RunProblem> problems = new ArrayList<>();
  private long checkpoints;
  private long issuesRead;
  private long stopAt = -1;
  private RuntimeException stop;

  public RecordingRunControl() {
    this(null);
  }

  /**
   * @param timeline where each checkpoint is noted as "checkpoint"; null for none
   */
  public RecordingRunControl(List<String> timeline) {
    this.timeline = timeline;
  }

  /** The n-th checkpoint throws this, as a run cancelled or interrupted stops its source. */
  public RecordingRunControl stoppingAt(long n, RuntimeException stop) {
    this.stopAt = n;
    this.stop = stop;
    return this;
  }

  @Override
  public void checkpoint() {
    checkpoints++;
    if (timeline != null) {
      timeline.add("checkpoint");
    }
    if (checkpoints == stopAt) {
      throw stop;
    }
  }

  @Override
  public void issueRead() {
    issuesRead++;
  }

  @Override
  public void problem(RunProblem problem) {
    problems.add(problem);
  }

  public long checkpoints() {
    return checkpoints;
  }

  public long issuesRead() {
    return issuesRead;
  }

  public List<RunProblem> problems() {
    return List.copyOf(problems);
  }
}
