package io.pmobuyin.run;

import java.util.List;
import java.util.function.Consumer;

/** The projects a run mines, as the admin's closed-project selection picks them today. */
@FunctionalInterface
public interface ClosedProjectSource {

  /**
   * @param problems told of each part of the selection that cannot be honoured (a key Jira no
   *     longer has, archived projects this Jira cannot list), so that the run goes on without it
   */
  List<ClosedProject> closedProjects(Consumer<RunProblem> problems);
}
