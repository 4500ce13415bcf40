package io.pmobuyin.run;

import java.util.List;

/** The projects a run mines, as the admin's closed-project selection picks them today. */
@FunctionalInterface
public interface ClosedProjectSource {

  List<ClosedProject> closedProjects();
}
