package io.pmobuyin.scope;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited change of the service catalogue: who made it, when, and what changed. The admin page
 * lists these; they name the admin who acted, which is an audit trail, not an aggregate.
 *
 * @param actor the user key of the admin
 * @param before the entry before the change; null when it was added
 * @param after the entry after the change
 */
public record CatalogueChange(
    String actor, Instant at, Action action, CatalogueEntry before, CatalogueEntry after) {

  /** What was done to the entry. */
  public enum Action {
    ADDED,
    CHANGED,
    RETIRED,
    RESTORED
  }

  public CatalogueChange {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(after, "after");
  }
}
