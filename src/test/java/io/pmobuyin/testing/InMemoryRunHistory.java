package io.pmobuyin.testing;

import io.pmobuyin.run.RunHistory;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The run history of tests: memory only; remembers every save, for tests of progress. */
public final class InMemoryRunHistory implements RunHistory {

  private final Map<Long, RunRecord> runs = new LinkedHashMap<>();
  private final List<RunRecord> saves = new ArrayList<>();
  private final Set<Long> cancels = new HashSet<>();
  private long nextId = 1;

  @Override
  public synchronized RunRecord start(RunTrigger trigger, Instant at) {
    RunRecord run = new RunRecord(nextId++, trigger, RunState.RUNNING, at, null, 0, 0, 0, 0, null);
    runs.put(run.id(), run);
    return run;
  }

  @Override
  public synchronized void skipped(RunTrigger trigger, Instant at) {
    // As the database keeps it: a finished row, listed in the history, never the run under way.
    RunRecord skip = new RunRecord(nextId++, trigger, RunState.SKIPPED, at, at, 0, 0, 0, 0, null);
    runs.put(skip.id(), skip);
  }

  @Override
  public synchronized void save(RunRecord run) {
    runs.put(run.id(), run);
    saves.add(run);
  }

  @Override
  public synchronized List<RunRecord> recent(int limit) {
    List<RunRecord> newestFirst = new ArrayList<>(runs.values());
    java.util.Collections.reverse(newestFirst);
    return newestFirst.stream().limit(limit).toList();
  }

  @Override
  public synchronized Optional<RunRecord> running() {
    return runs.values().stream().filter(r -> r.state() == RunState.RUNNING).findFirst();
  }

  @Override
  public synchronized void requestCancel(long runId) {
    cancels.add(runId);
  }

  @Override
  public synchronized boolean cancelRequested(long runId) {
    return cancels.contains(runId);
  }

  /** Every record saved, in order: the progress an admin would have seen. */
  public synchronized List<RunRecord> saves() {
    return List.copyOf(saves);
  }

  /** The triggers of the runs skipped because another node was running, oldest first. */
  public synchronized List<RunTrigger> skips() {
    return runs.values().stream()
        .filter(r -> r.state() == RunState.SKIPPED)
        .map(RunRecord::trigger)
        .toList();
  }
}
