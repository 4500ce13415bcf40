package io.pmobuyin.jira.security;

import io.pmobuyin.report.analysis.VisibleProjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The person behind one request, as the report sees them: how far they may go, and which closed
 * projects they may browse in Jira. Executives and admins see aggregates of the whole portfolio,
 * everyone else of the projects they may browse; issue keys always follow browse permission,
 * whoever asks. Browse permission is asked of Jira once per project and request, never kept longer:
 * it changes whenever an admin edits a permission scheme.
 */
public final class Viewer {

  private final AccessLevel level;
  private final Predicate<String> browse;
  private final Map<String, Boolean> browsable = new HashMap<>();

  /**
   * @param browse whether the viewer may browse the project of this key; false for a key Jira no
   *     longer knows
   */
  public Viewer(AccessLevel level, Predicate<String> browse) {
    this.level = level;
    this.browse = browse;
  }

  public AccessLevel level() {
    return level;
  }

  /** An executive or an admin: aggregates over every project, browsable or not. */
  public boolean seesWholePortfolio() {
    return level.atLeast(AccessLevel.EXECUTIVE);
  }

  public boolean mayBrowse(String projectKey) {
    if (!level.atLeast(AccessLevel.USER)) {
      return false;
    }
    return browsable.computeIfAbsent(projectKey, browse::test);
  }

  /** The projects, among these, whose figures this viewer's aggregates are made of. */
  public VisibleProjects inAggregates(Collection<String> projectKeys) {
    return seesWholePortfolio() ? VisibleProjects.all() : browsableAmong(projectKeys);
  }

  /** The projects, among these, whose issue keys this viewer may see. */
  public VisibleProjects browsableAmong(Collection<String> projectKeys) {
    return VisibleProjects.only(projectKeys.stream().filter(this::mayBrowse).toList());
  }
}
