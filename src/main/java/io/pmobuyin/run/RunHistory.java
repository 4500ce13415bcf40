package io.pmobuyin.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The runs of this Jira, kept in its database so that every node of a cluster shows the same
 * progress, and a cancel asked on one node stops the run on another.
 */
public interface RunHistory {

  /** Records a new run as running and gives it its id. */
  RunRecord start(RunTrigger trigger, Instant at);

  /** Records a run that did nothing because another node was running (no id needed later). */
  void skipped(RunTrigger trigger, Instant at);

  /** Saves the run's progress or its end; the record's id says which run. */
  void save(RunRecord run);

  /** The newest run first. */
  List<RunRecord> recent(int limit);

  /** The run under way, if any. */
  Optional<RunRecord> running();

  void requestCancel(long runId);

  boolean cancelRequested(long runId);
}
