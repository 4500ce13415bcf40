package io.pmobuyin.mining.history;

import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.VersionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays an issue's fix-version changes: which versions it held when, the moves between them and
 * when it was planned into each version it ends in. One pass back from the versions it holds now to
 * those it started with, then one pass forward.
 */
final class FixVersionHistory {

  /** Issues moved back and forth between many versions yield many pairs; a few decide. */
  static final int MAX_MOVES = 64;

  private FixVersionHistory() {}

  /** {@code changes}: the fix-version changes, oldest first. */
  static List<VersionMove> moves(List<VersionRecord> current, List<ChangeEvent> changes) {
    Set<String> held = initial(current, changes);
    Map<String, Integer> lastAddition = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      if (!changes.get(i).isEmptyTo()) {
        lastAddition.put(changes.get(i).to().trim(), i);
      }
    }
    List<VersionMove> moves = new ArrayList<>();
    int i = 0;
    while (i < changes.size() && moves.size() < MAX_MOVES) {
      Instant at = changes.get(i).at();
      List<String> removed = new ArrayList<>(2);
      for (; i < changes.size() && changes.get(i).at().equals(at); i++) {
        ChangeEvent change = changes.get(i);
        if (!change.isEmptyFrom()) {
          held.remove(change.from().trim());
          removed.add(change.from().trim());
        }
        if (!change.isEmptyTo()) {
          held.add(change.to().trim());
        }
      }
      if (removed.isEmpty()) {
        continue;
      }
      // Held now, or put on later: by distinct version, so many edits stay one pass.
      Set<String> targets = new LinkedHashSet<>(held);
      int next = i;
      lastAddition.forEach(
          (version, index) -> {
            if (index >= next) {
              targets.add(version);
            }
          });
      for (String from : removed) {
        for (String to : targets) {
          if (!to.equals(from) && moves.size() < MAX_MOVES) {
            moves.add(new VersionMove(from, to));
          }
        }
      }
    }
    return moves;
  }

  /** When the issue was put into each version it holds now: the last addition, else creation. */
  static List<VersionPlan> plans(
      List<VersionRecord> current, List<ChangeEvent> changes, Instant created) {
    Map<String, Instant> addedAt = new HashMap<>();
    for (ChangeEvent change : changes) {
      if (!change.isEmptyTo()) {
        addedAt.put(change.to().trim(), change.at());
      }
    }
    List<VersionPlan> plans = new ArrayList<>(current.size());
    for (VersionRecord version : current) {
      String name = version.name().trim();
      plans.add(new VersionPlan(name, addedAt.getOrDefault(name, created)));
    }
    return plans;
  }

  /** The versions held before the first change: undo each change, newest first. */
  private static Set<String> initial(List<VersionRecord> current, List<ChangeEvent> changes) {
    Set<String> held = new LinkedHashSet<>();
    current.forEach(version -> held.add(version.name().trim()));
    for (int i = changes.size() - 1; i >= 0; i--) {
      ChangeEvent change = changes.get(i);
      if (!change.isEmptyTo()) {
        held.remove(change.to().trim());
      }
      if (!change.isEmptyFrom()) {
        held.add(change.from().trim());
      }
    }
    return held;
  }
}
