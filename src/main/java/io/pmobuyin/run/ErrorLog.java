package io.pmobuyin.run;

import java.util.List;

/**
 * The error log admins read and clear. It keeps the newest entries up to a bound, so a run over a
 * broken project cannot fill Jira's database.
 */
public interface ErrorLog {

  void add(LoggedError error);

  /** The newest first. */
  List<LoggedError> recent(int limit);

  /** How many entries the log holds now (at most its bound). */
  long count();

  void clear();
}
