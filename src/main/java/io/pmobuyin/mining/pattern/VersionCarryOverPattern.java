package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.history.VersionMove;
import java.util.List;

/**
 * Moved to a later fix version: in one edit, or taken off one version and put on a later one in
 * separate edits. Pulling work into an earlier version is not a carry-over. Which version is later
 * needs the project's versions, so it is judged once all issues are in.
 */
public final class VersionCarryOverPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.VERSION_CARRY_OVER;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.CUSTOMER, ValueArea.FINANCIAL);
  }

  @Override
  public boolean affects(IssueView issue) {
    return false;
  }

  @Override
  public boolean affectsInContext(MinedIssue issue, MiningContext context) {
    for (VersionMove move : issue.versionMoves()) {
      if (context.isLaterVersion(move.from(), move.to())) {
        return true;
      }
    }
    return false;
  }
}
