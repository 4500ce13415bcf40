package io.pmobuyin.testing;

import io.pmobuyin.run.ErrorLog;
import io.pmobuyin.run.LoggedError;
import java.util.ArrayList;
import java.util.List;

/** The error log of tests: memory only, unbounded. */
public final class InMemoryErrorLog implements ErrorLog {

  private final List<LoggedError> errors = new ArrayList<>();

  @Override
  public synchronized void add(LoggedError error) {
    errors.add(0, error);
  }

  @Override
  public synchronized List<LoggedError> recent(int limit) {
    return errors.stream().limit(limit).toList();
  }

  @Override
  public synchronized long count() {
    return errors.size();
  }

  @Override
  public synchronized void clear() {
    errors.clear();
  }
}
