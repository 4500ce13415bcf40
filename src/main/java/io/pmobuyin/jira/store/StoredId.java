package io.pmobuyin.jira.store;

import java.util.Optional;

/**
 * Our ports name rows by long ids; Active Objects' {@code Entity} keys are ints. An id past the int
 * range names no row.
 */
final class StoredId {

  private StoredId() {}

  static Optional<Integer> of(long id) {
    return id < 1 || id > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) id);
  }
}
