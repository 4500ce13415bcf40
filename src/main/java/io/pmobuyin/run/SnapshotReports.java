package io.pmobuyin.run;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.json.ReportJsonException;
import io.pmobuyin.report.json.ReportJsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kept snapshots' reports, each read from its JSON once and kept, since every gadget, the brief
 * and the REST API ask on every request: the newest report whole, and of the others what a trend
 * across runs needs ({@link SnapshotProjects}), for the newest {@link #HISTORY_KEPT} snapshots,
 * since an admin may keep a year of runs (older ones are read again when a trend asks). A stored
 * report never changes, so keeping it is safe on every node; a newer snapshot, from any node, is
 * found by its id.
 */
public class SnapshotReports {

  /** Snapshots whose projects stay in memory for the trend; older ones are read again if asked. */
  static final int HISTORY_KEPT = 64;

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotReports.class);

  private final SnapshotStore snapshots;
  private final ReportJsonReader reader = new ReportJsonReader();

  /** By snapshot id; the newest are kept, as a trend across runs always draws them. */
  private final NavigableMap<Long, Optional<SnapshotProjects>> history = new TreeMap<>();

  private volatile StoredReport newest;

  /** The newest snapshot's id when it could not be read, so it is not read on every request. */
  private volatile long unreadable = -1;

  public SnapshotReports(SnapshotStore snapshots) {
    this.snapshots = snapshots;
  }

  /**
   * The newest snapshot's report; while the newest cannot be read, the last one that could. Empty
   * before a first run has finished.
   */
  public Optional<StoredReport> latest() {
    Optional<SnapshotHeader> header = snapshots.headers().stream().findFirst();
    StoredReport known = newest;
    if (header.isEmpty()) {
      return Optional.empty();
    }
    long id = header.get().id();
    if ((known != null && known.header().id() == id) || id == unreadable) {
      return Optional.ofNullable(known);
    }
    Optional<StoredReport> read = read(header.get());
    if (read.isEmpty()) {
      unreadable = id;
      return Optional.ofNullable(known);
    }
    newest = read.get();
    return read;
  }

  /** Every kept snapshot that can be read, oldest first, as a trend draws them. */
  public List<SnapshotProjects> history() {
    List<SnapshotHeader> headers = snapshots.headers();
    Optional<StoredReport> latest = latest();
    List<SnapshotProjects> oldestFirst = new ArrayList<>(headers.size());
    for (int i = headers.size() - 1; i >= 0; i--) {
      SnapshotHeader header = headers.get(i);
      projectsOf(header, latest).ifPresent(oldestFirst::add);
    }
    return oldestFirst;
  }

  private Optional<SnapshotProjects> projectsOf(
      SnapshotHeader header, Optional<StoredReport> latest) {
    Optional<SnapshotProjects> kept;
    synchronized (history) {
      kept = history.get(header.id());
    }
    if (kept != null) {
      return kept;
    }
    Optional<StoredReport> read =
        latest.isPresent() && latest.get().header().id() == header.id() ? latest : read(header);
    Optional<SnapshotProjects> projects = read.map(SnapshotProjects::of);
    synchronized (history) {
      history.put(header.id(), projects);
      while (history.size() > HISTORY_KEPT) {
        history.pollFirstEntry();
      }
    }
    return projects;
  }

  private Optional<StoredReport> read(SnapshotHeader header) {
    Optional<Snapshot> snapshot = snapshots.get(header.id());
    if (snapshot.isEmpty()) {
      return Optional.empty(); // pruned since the headers were listed
    }
    try {
      PortfolioReport report = reader.read(snapshot.get().reportJson());
      return Optional.of(new StoredReport(snapshot.get().header(), report));
    } catch (ReportJsonException e) {
      LOG.warn("Snapshot {} cannot be read at {}: {}", header.id(), e.path(), e.getMessage());
      return Optional.empty();
    }
  }
}
