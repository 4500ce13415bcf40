package io.pmobuyin.jira.store;

import java.time.Instant;
import java.util.Date;

/**
 * Instants as Active Objects stores them: {@code java.util.Date}, to the millisecond (less on a
 * database whose timestamp column is coarser). Null stays null: a run under way has no end.
 */
final class StoredTime {

  private StoredTime() {}

  static Date toDate(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  static Instant toInstant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
