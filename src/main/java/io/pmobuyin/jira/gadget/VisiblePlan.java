package io.pmobuyin.jira.gadget;

import io.pmobuyin.jira.security.Viewer;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.report.view.GadgetData;
import java.util.List;

/**
 * The improvement plan as one viewer may see it: an action is an issue, and its key, title and
 * status follow Jira's browse permission on its project, executives and admins included, like every
 * other issue key the app shows. Its effect is measured later over the projects the viewer's
 * aggregates are made of.
 */
public final class VisiblePlan {

  private VisiblePlan() {}

  public static GadgetData of(GadgetData data, Viewer viewer) {
    List<ImprovementAction> actions = data.report().plan().actions();
    List<ImprovementAction> visible =
        actions.stream().filter(action -> viewer.mayBrowse(projectOf(action.key()))).toList();
    if (visible.size() == actions.size()) {
      return data;
    }
    return new GadgetData(
        data.report().withPlan(new PlanSection(visible)),
        data.catalogue(),
        data.leadership(),
        data.targets());
  }

  /** The project key of an issue key: what comes before its last dash. */
  static String projectOf(String issueKey) {
    int dash = issueKey.lastIndexOf('-');
    return dash < 0 ? issueKey : issueKey.substring(0, dash);
  }
}
