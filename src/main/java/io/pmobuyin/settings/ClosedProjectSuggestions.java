package io.pmobuyin.settings;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Which open projects to suggest to the admin as closed, by the thresholds of {@link
 * ClosedProjectRules}: one the rules do not pick yet, whose issues are resolved at least to the
 * admin's share and none of them updated within the quiet days.
 */
public final class ClosedProjectSuggestions {

  private final ClosedProjectRules rules;

  public ClosedProjectSuggestions(ClosedProjectRules rules) {
    this.rules = rules;
  }

  /**
   * Whether the project is worth counting at all: archived projects are left out (Jira's search
   * does not see their issues, and the archived switch decides about them), and so are projects the
   * admin picked already, by category or by key.
   *
   * @param categoryId the project's category; null for none
   */
  public boolean worthCounting(boolean archived, Long categoryId, String key) {
    if (archived) {
      return false;
    }
    if (categoryId != null && rules.categoryIds().contains(categoryId)) {
      return false;
    }
    return !rules.projectKeys().contains(key.toUpperCase(Locale.ROOT));
  }

  /** A project without issues has nothing to learn from, so it is never suggested. */
  public boolean suggests(ProjectIssueCounts counts) {
    return counts.issues() > 0 && counts.updatedLately() == 0 && resolvedEnough(counts);
  }

  /**
   * Compared in decimals, so that 19 resolved of 20 meets a share of 0.95 exactly, as the admin
   * reads it.
   */
  private boolean resolvedEnough(ProjectIssueCounts counts) {
    BigDecimal needed =
        BigDecimal.valueOf(rules.resolvedShare()).multiply(BigDecimal.valueOf(counts.issues()));
    return BigDecimal.valueOf(counts.resolved()).compareTo(needed) >= 0;
  }
}
