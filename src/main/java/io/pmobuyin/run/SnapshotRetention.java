package io.pmobuyin.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Which snapshots a prune removes, the same for every store: all but the newest {@code keep} shown
 * ones, and every pending one but the newest, which goes too once a shown snapshot is newer. A
 * pending snapshot never counts against {@code keep}, so a partial run never takes the place of a
 * good report (runs keep at least one).
 */
public final class SnapshotRetention {

  private SnapshotRetention() {}

  /**
   * @param newestFirst every kept snapshot's header, newest first
   * @return the ids to delete
   */
  public static List<Long> dropped(List<SnapshotHeader> newestFirst, int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep must not be negative: " + keep);
    }
    List<Long> dropped = new ArrayList<>();
    int shown = 0;
    boolean pendingKept = false;
    boolean shownSeen = false;
    for (SnapshotHeader header : newestFirst) {
      if (header.pending()) {
        if (pendingKept || shownSeen) {
          dropped.add(header.id());
        }
        pendingKept = true;
      } else {
        shownSeen = true;
        if (++shown > keep) {
          dropped.add(header.id());
        }
      }
    }
    return dropped;
  }
}
