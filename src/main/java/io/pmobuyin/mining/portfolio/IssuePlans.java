package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.history.VersionMove;
import io.pmobuyin.mining.history.VersionPlan;
import java.time.Instant;
import java.util.List;

/**
 * What an issue's fix-version history says, kept until its project's versions are known: the
 * versions it was planned into and when, its moves between versions, and when its work began.
 *
 * @param workStart null when work never began
 */
record IssuePlans(List<VersionPlan> plans, List<VersionMove> moves, Instant workStart) {

  IssuePlans {
    plans = List.copyOf(plans);
    moves = List.copyOf(moves);
  }

  /** Null when there is nothing to keep, as for most issues without fix versions. */
  static IssuePlans of(List<VersionPlan> plans, List<VersionMove> moves, Instant workStart) {
    return plans.isEmpty() && moves.isEmpty() ? null : new IssuePlans(plans, moves, workStart);
  }
}
