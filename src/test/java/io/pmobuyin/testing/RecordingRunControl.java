package io.pmobuyin.testing;

import io.pmobuyin.run.RunControl;
import io.pmobuyin.run.RunProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The run as a source sees it, for tests of a source: counts checkpoints and issues, keeps the
 * problems, and notes each checkpoint in a timeline it may share with the stand-ins of Jira.
 */
public final class RecordingRunControl implements RunControl {

  private final List<String> timeline;
  private final List<RunProblem> problems = new ArrayList<>();
  private long checkpoints;
  private long issuesRead;

  public RecordingRunControl() {
    this(null);
  }

  /**
   * @param timeline where each checkpoint is noted as "checkpoint"; null for none
   */
  public RecordingRunControl(List<String> timeline) {
    this.timeline = timeline;
  }

  @Override
  public void checkpoint() {
    checkpoints++;
    if (timeline != null) {
      timeline.add("checkpoint");
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
