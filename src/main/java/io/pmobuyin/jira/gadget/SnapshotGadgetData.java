package io.pmobuyin.jira.gadget;

import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.SnapshotReports;
import io.pmobuyin.run.StoredReport;
import io.pmobuyin.scope.CatalogueStore;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.settings.SettingsStore;
import java.util.Optional;

/**
 * The gadgets' data inside Jira: the latest snapshot's report (read once per snapshot by {@link
 * SnapshotReports}, which the REST API shares), with today's service catalogue and improvement
 * targets.
 */
public class SnapshotGadgetData implements GadgetDataSource {

  private final SnapshotReports reports;
  private final CatalogueStore catalogue;
  private final SettingsStore settings;

  public SnapshotGadgetData(
      SnapshotReports reports, CatalogueStore catalogue, SettingsStore settings) {
    this.reports = reports;
    this.catalogue = catalogue;
    this.settings = settings;
  }

  @Override
  public Optional<GadgetData> current() {
    return reports
        .latest()
        .map(StoredReport::report)
        .map(
            report ->
                new GadgetData(
                    report,
                    catalogue.catalogue(),
                    // Active projects' leads and sponsors come with the Jira project reader.
                    PortfolioLeadership.none(),
                    settings.settings().targets()));
  }
}
