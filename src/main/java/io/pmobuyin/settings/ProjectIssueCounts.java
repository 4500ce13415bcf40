package io.pmobuyin.settings;

/**
 * What Jira's search counted of one open project's issues, for a suggestion: all of them, those
 * without a resolution, and those updated within the admin's quiet days. The three are separate
 * searches, so an issue created between them may make the counts disagree by a little.
 */
public record ProjectIssueCounts(long issues, long unresolved, long updatedLately) {

  public ProjectIssueCounts {
    if (issues < 0 || unresolved < 0 || updatedLately < 0) {
      throw new IllegalArgumentException(
          "counts are never negative: " + issues + ", " + unresolved + ", " + updatedLately);
    }
  }

  /** Issues with a resolution; none when the searches disagree that far. */
  public long resolved() {
    return Math.max(0, issues - unresolved);
  }

  /** From 0 to 1; 0 for a project without issues. */
  public double resolvedShare() {
    return issues == 0 ? 0 : (double) resolved() / issues;
  }
}
