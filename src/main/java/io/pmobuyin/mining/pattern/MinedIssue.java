package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.history.VersionMove;
import io.pmobuyin.mining.history.VersionPlan;
import java.time.Instant;
import java.util.List;

/** The little the engine keeps of an issue until its project's timeline is known. */
public interface MinedIssue {

  Instant created();

  String type();

  /** Days from start of work to resolution; negative when not resolved. */
  double cycleDays();

  /** The fix versions it was planned into before it was resolved, and when. */
  default List<VersionPlan> versionPlans() {
    return List.of();
  }

  /** Its moves from one fix version to another, later or earlier. */
  default List<VersionMove> versionMoves() {
    return List.of();
  }
}
