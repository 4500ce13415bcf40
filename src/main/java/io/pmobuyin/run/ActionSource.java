package io.pmobuyin.run;

import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.scope.ServiceCatalogue;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a run reads the PMO's improvement actions from: inside Jira, the issues of the project the
 * admin names. The run asks once, after mining, so the report holds the plan as it stood then.
 */
@FunctionalInterface
public interface ActionSource {

  /** No actions anywhere: what a run without an actions project, or a test, reads. */
  ActionSource NONE = (projectKey, zone, catalogue, problems) -> List.of();

  /**
   * @param projectKey the key of the project whose issues are the actions
   * @param zone the settings' time zone, in which an action's start is a day
   * @param catalogue the service catalogue the run mines with, which the services an action names
   *     should be in (those that are not are told to {@code problems})
   * @param problems told of what could not be read (a missing project, an issue skipped), so that
   *     the run goes on without it
   * @return the actions, each key once
   */
  List<ImprovementAction> actions(
      String projectKey, ZoneId zone, ServiceCatalogue catalogue, Consumer<RunProblem> problems);
}
