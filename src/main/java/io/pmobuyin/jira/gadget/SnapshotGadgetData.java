package io.pmobuyin.jira.gadget;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.json.ReportJsonException;
import io.pmobuyin.report.json.ReportJsonReader;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.Snapshot;
import io.pmobuyin.run.SnapshotHeader;
import io.pmobuyin.run.SnapshotStore;
import io.pmobuyin.scope.CatalogueStore;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.settings.SettingsStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gadgets' data inside Jira: the latest snapshot's report, with today's service catalogue and
 * improvement targets. A report is read from its JSON once per snapshot and kept, since every
 * gadget on every dashboard asks for it; a newer snapshot (from any node) replaces it.
 */
public class SnapshotGadgetData implements GadgetDataSource {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotGadgetData.class);

  private final SnapshotStore snapshots;
  private final CatalogueStore catalogue;
  private final SettingsStore settings;
  private final ReportJsonReader reader = new ReportJsonReader();
  private volatile ReadReport last;

  public SnapshotGadgetData(
      SnapshotStore snapshots, CatalogueStore catalogue, SettingsStore settings) {
    this.snapshots = snapshots;
    this.catalogue = catalogue;
    this.settings = settings;
  }

  @Override
  public Optional<GadgetData> current() {
    return latestReport()
        .map(
            report ->
                new GadgetData(
                    report,
                    catalogue.catalogue(),
                    // Active projects' leads and sponsors come with the Jira project reader.
                    PortfolioLeadership.none(),
                    settings.settings().targets()));
  }

  private Optional<PortfolioReport> latestReport() {
    Optional<SnapshotHeader> newest = snapshots.headers().stream().findFirst();
    if (newest.isEmpty()) {
      return Optional.empty();
    }
    ReadReport cached = last;
    if (cached != null && cached.snapshotId() == newest.get().id()) {
      return Optional.of(cached.report());
    }
    Optional<Snapshot> snapshot = snapshots.get(newest.get().id());
    if (snapshot.isEmpty()) {
      // Pruned between the two reads: the next request finds the newer one.
      return Optional.ofNullable(cached).map(ReadReport::report);
    }
    try {
      PortfolioReport report = reader.read(snapshot.get().reportJson());
      last = new ReadReport(newest.get().id(), report);
      return Optional.of(report);
    } catch (ReportJsonException e) {
      LOG.warn("Snapshot {} cannot be read at {}: {}", newest.get().id(), e.path(), e.getMessage());
      return Optional.ofNullable(cached).map(ReadReport::report);
    }
  }

  private record ReadReport(long snapshotId, PortfolioReport report) {}
}
