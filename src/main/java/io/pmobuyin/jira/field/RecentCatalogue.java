package io.pmobuyin.jira.field;

import io.pmobuyin.scope.CatalogueStore;
import io.pmobuyin.scope.ServiceCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The catalogue as read at most a few seconds ago. A list of 50 issues renders the PMO Scope column
 * 50 times; reading and parsing the stored catalogue once for all of them is enough, and an edit on
 * another node shows here within the same few seconds.
 */
final class RecentCatalogue {

  static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final CatalogueStore store;
  private final Clock clock;
  private volatile Snapshot last;

  RecentCatalogue(CatalogueStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  ServiceCatalogue catalogue() {
    Instant now = clock.instant();
    Snapshot snapshot = last;
    if (snapshot == null || !now.isBefore(snapshot.readAt().plus(FRESH_FOR))) {
      snapshot = new Snapshot(store.catalogue(), now);
      last = snapshot;
    }
    return snapshot.catalogue();
  }

  private record Snapshot(ServiceCatalogue catalogue, Instant readAt) {}
}
