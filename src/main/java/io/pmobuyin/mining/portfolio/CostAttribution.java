package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.pattern.PatternId;

/**
 * What each pattern's rule attributes of one issue's effort, and each pattern's share once the
 * issue's effort counts only once. The rules, per pattern: an estimation miss costs the hours over
 * the estimate; abandoned work the hours logged on it; rework the hours logged after the first
 * reopening; scope creep the unplanned work itself; a schedule slip no hours (it is priced as delay
 * per late release); the other patterns cannot be told apart from the rest of the work, so they are
 * shown as an upper bound (the whole effort of their issues) and attribute nothing.
 */
final class CostAttribution {

  private CostAttribution() {}

  /**
   * The effort the pattern's rule attributes to this issue; null when the data cannot separate it.
   *
   * @param effortSeconds time spent, else estimate; negative when neither
   * @param spentSeconds time spent; negative when none was logged
   * @param overrunSeconds time spent over the original estimate (0 when within or under it)
   * @param reworkSeconds time logged after the first reopening; negative when the history cannot
   *     say
   */
  static Effort attributed(
      PatternId pattern,
      long effortSeconds,
      long spentSeconds,
      long overrunSeconds,
      long reworkSeconds) {
    return switch (pattern) {
      case ESTIMATION_MISS -> new Effort(overrunSeconds, 0);
      case ABANDONED_WORK -> spentSeconds < 0 ? null : new Effort(spentSeconds, 0);
      case REWORK -> reworkSeconds < 0 ? null : new Effort(reworkSeconds, 0);
      case SCOPE_CREEP -> Effort.ofIssue(effortSeconds);
      case SCHEDULE_SLIP -> Effort.NONE;
      default -> null;
    };
  }

  /**
   * The factor that brings an issue's attributed efforts, added up, within the issue's own effort:
   * 1 where they fit, less where several patterns claim the same hours.
   */
  static double fitting(Effort issue, Effort attributedSum) {
    if (attributedSum.issuesWithoutEffort() > 0 || attributedSum.seconds() == 0) {
      // An issue without effort: only the unplanned work itself can claim it, and whole.
      return attributedSum.issuesWithoutEffort() > 1 ? 1 / attributedSum.issuesWithoutEffort() : 1;
    }
    return Math.min(1, issue.seconds() / attributedSum.seconds());
  }
}
