package io.pmobuyin.jira.gadget;

import io.pmobuyin.report.view.GadgetData;
import java.util.Optional;

/**
 * Where the gadgets' data come from inside Jira: the latest mining run's snapshot with the service
 * catalogue and the projects' leadership. Empty until a first run has finished.
 */
public interface GadgetDataSource {

  Optional<GadgetData> current();
}
