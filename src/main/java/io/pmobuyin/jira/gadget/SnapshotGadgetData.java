package io.pmobuyin.jira.gadget;

import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.SnapshotReports;
import io.pmobuyin.run.StoredReport;
import io.pmobuyin.scope.CatalogueStore;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.settings.SettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The gadgets' data inside Jira: the latest snapshot's report (read once per snapshot by {@link
 * SnapshotReports}, which the REST API shares), with today's service catalogue, improvement
 * targets, and the projects' leads and sponsors as Jira names them.
 */
public class SnapshotGadgetData implements GadgetDataSource {

  private final SnapshotReports reports;
  private final CatalogueStore catalogue;
  private final SettingsStore settings;
  private final JiraLeadership leadership;
  private final Clock clock;
  private volatile Leaders leaders;

  public SnapshotGadgetData(
      SnapshotReports reports,
      CatalogueStore catalogue,
      SettingsStore settings,
      JiraLeadership leadership,
      Clock clock) {
    this.reports = reports;
    this.catalogue = catalogue;
    this.settings = settings;
    this.leadership = leadership;
    this.clock = clock;
  }

  @Override
  public Optional<GadgetData> current() {
    return reports
        .latest()
        .map(
            stored ->
                new GadgetData(
                    stored.report(),
                    catalogue.catalogue(),
                    leadership(stored),
                    settings.settings().targets()));
  }

  /**
   * Leads and sponsors, looked up in Jira once a minute at most: every gadget of every dashboard
   * asks, and who leads a project changes seldom.
   */
  private PortfolioLeadership leadership(StoredReport stored) {
    Instant now = clock.instant();
    Leaders cached = leaders;
    if (cached == null
        || cached.snapshotId() != stored.header().id()
        || !now.isBefore(cached.read().plus(FRESH_FOR))) {
      cached = new Leaders(stored.header().id(), now, leadership.of(stored.report()));
      leaders = cached;
    }
    return cached.value();
  }

  static final Duration FRESH_FOR = Duration.ofMinutes(1);

  private record Leaders(long snapshotId, Instant read, PortfolioLeadership value) {}
}
