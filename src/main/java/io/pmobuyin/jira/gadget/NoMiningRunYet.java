package io.pmobuyin.jira.gadget;

import io.pmobuyin.report.view.GadgetData;
import java.util.Optional;

/**
 * The data source while the app has no snapshot store: there has been no mining run, so gadgets say
 * so. The mining job and its snapshots (Active Objects) replace this bean.
 */
public class NoMiningRunYet implements GadgetDataSource {

  @Override
  public Optional<GadgetData> current() {
    return Optional.empty();
  }
}
