package io.pmobuyin.settings;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which projects count as closed, so their history feeds the report, and when a project is worth
 * suggesting to the admin as closed.
 *
 * @param archived whether Jira's archived projects count as closed
 * @param categoryIds project categories whose projects count as closed (such as "Closed")
 * @param projectKeys projects named one by one, upper case
 * @param resolvedShare a project is suggested when at least this share of its issues is resolved
 * @param quietDays … and none of its issues has changed for this many days
 */
public record ClosedProjectRules(
    boolean archived,
    Set<Long> categoryIds,
    Set<String> projectKeys,
    double resolvedShare,
    int quietDays) {

  /** Jira's key rule at its most permissive: admins may allow digits and underscores. */
  public static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

  public static final double DEFAULT_RESOLVED_SHARE = 0.95;
  public static final int DEFAULT_QUIET_DAYS = 90;
  public static final int MIN_QUIET_DAYS = 1;
  public static final int MAX_QUIET_DAYS = 3_650;

  public ClosedProjectRules {
    categoryIds = Set.copyOf(categoryIds);
    projectKeys =
        projectKeys.stream()
            .map(key -> key.strip().toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    if (categoryIds.stream().anyMatch(id -> id <= 0)) {
      throw new IllegalArgumentException("category ids are positive: " + categoryIds);
    }
    if (!projectKeys.stream().allMatch(key -> PROJECT_KEY.matcher(key).matches())) {
      throw new IllegalArgumentException("not all are project keys: " + projectKeys);
    }
    if (!(resolvedShare >= 0 && resolvedShare <= 1)) {
      throw new IllegalArgumentException("resolved share lies from 0 to 1: " + resolvedShare);
    }
    if (quietDays < MIN_QUIET_DAYS || quietDays > MAX_QUIET_DAYS) {
      throw new IllegalArgumentException("quiet days out of range: " + quietDays);
    }
  }

  public static ClosedProjectRules defaults() {
    return new ClosedProjectRules(
        true, Set.of(), Set.of(), DEFAULT_RESOLVED_SHARE, DEFAULT_QUIET_DAYS);
  }
}
