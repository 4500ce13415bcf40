package io.pmobuyin.report.plan;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.PatternChange;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.scope.ServiceCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The measured effect of an improvement action: the share of each pattern it targets in the
 * projects it applies to (named, or using a PMO Scope service it names) that closed since it
 * started, against those that closed before, with the same interval and verdict rule as every other
 * change the product shows ({@link PatternChange}). Too few projects on a side give no interval and
 * no verdict, as elsewhere. An action not yet started has every project it applies to before it,
 * and nothing since.
 *
 * @param projectsBefore the projects it applies to that closed before it started
 * @param since those that closed on or after that day: what the "since" shares stand on
 */
public record ActionEffect(
    ImprovementAction action,
    int projectsBefore,
    List<ProjectSection> since,
    Map<PatternId, PatternChange> changes) {

  public ActionEffect {
    since = List.copyOf(since);
    changes = Map.copyOf(changes);
  }

  /** How many projects it applies to closed on or after the day it started. */
  public int projectsSince() {
    return since.size();
  }

  /**
   * The action's effect over the projects of a selection (those the viewer may see) it applies to.
   *
   * @param catalogue how projects' PMO Scope values name the services an action may apply to
   */
  public static ActionEffect of(
      ImprovementAction action, ProjectSelection selection, ServiceCatalogue catalogue) {
    List<ProjectSection> before = new ArrayList<>();
    List<ProjectSection> since = new ArrayList<>();
    for (ProjectSection project : selection.projects()) {
      if (action.appliesTo(project, catalogue)) {
        boolean closedSince = action.hasStarted() && !project.closed().isBefore(action.started());
        (closedSince ? since : before).add(project);
      }
    }
    return new ActionEffect(
        action, before.size(), since, PatternChange.between(before, since, action.patterns()));
  }
}
