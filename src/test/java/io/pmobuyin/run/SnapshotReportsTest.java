package io.pmobuyin.run;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.testing.InMemorySnapshotStore;
import io.pmobuyin.testing.Reports;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotReportsTest {

  private final InMemorySnapshotStore snapshots = spy(new InMemorySnapshotStore());
  private final SnapshotReports reports = new SnapshotReports(snapshots);

  private static PortfolioReport report(long issues) {
    return aReport()
        .pmoStart(LocalDate.of(2024, 1, 1))
        .projects(
            aProject("ABC").issues(issues).pattern(PatternId.REWORK, 3, 300),
            aProject("XYZ").issues(10))
        .build();
  }

  private SnapshotHeader store(PortfolioReport report, int day) {
    return snapshots.save(
        day,
        Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * day),
        2,
        0,
        Reports.json(report));
  }

  @Test
  void hasNothingBeforeTheFirstRun() {
    assertThat(reports.latest()).isEmpty();
    assertThat(reports.history()).isEmpty();
  }

  @Test
  void readsTheNewestSnapshotOnceWhateverTheNumberOfRequests() {
    store(report(5), 1);
    SnapshotHeader newest = store(report(7), 2);

    StoredReport first = reports.latest().orElseThrow();
    reports.latest();
    reports.latest();

    assertThat(first.header()).isEqualTo(newest);
    assertThat(first.report().projects().get(0).issues()).isEqualTo(7);
    verify(snapshots, times(1)).get(anyLong());
  }

  @Test
  void givesEveryKeptSnapshotOldestFirstWithItsProjectsKpisButNoEvidence() {
    store(report(5), 1);
    store(report(6), 2);
    store(report(7), 3);

    List<SnapshotProjects> history = reports.history();

    assertThat(history).extracting(s -> s.header().runId()).containsExactly(1L, 2L, 3L);
    assertThat(history.get(0).pmoStart()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(history.get(2).projects())
        .extracting(ProjectSection::key, ProjectSection::issues)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ABC", 7L),
            org.assertj.core.groups.Tuple.tuple("XYZ", 10L));
    assertThat(history)
        .allSatisfy(s -> assertThat(s.projects()).allMatch(p -> p.patterns().isEmpty()));
  }

  @Test
  void readsEachSnapshotOnceAcrossTrendsAndTheNewestOnlyOnceForBoth() {
    store(report(5), 1);
    store(report(6), 2);

    reports.latest();
    reports.history();
    reports.history();

    verify(snapshots, times(2)).get(anyLong());
  }

  @Test
  void keepsTheNewestSnapshotsProjectsAndReadsOnlyOlderOnesAgain() {
    int beyond = 3;
    for (int run = 1; run <= SnapshotReports.HISTORY_KEPT + beyond; run++) {
      store(report(run), run);
    }
    assertThat(reports.history()).hasSize(SnapshotReports.HISTORY_KEPT + beyond);
    clearInvocations(snapshots);

    assertThat(reports.history()).hasSize(SnapshotReports.HISTORY_KEPT + beyond);

    verify(snapshots, times(beyond)).get(anyLong());
  }

  @Test
  void keepsGivingTheLastReadableReportWhileTheNewestCannotBeReadAndTriesItOnce() {
    store(report(5), 1);
    reports.latest();
    snapshots.save(2, Instant.EPOCH, 1, 1, "{\"schemaVersion\":99}");
    clearInvocations(snapshots);

    assertThat(reports.latest().orElseThrow().header().runId()).isEqualTo(1);
    assertThat(reports.latest().orElseThrow().header().runId()).isEqualTo(1);
    verify(snapshots, times(1)).get(anyLong());
  }

  @Test
  void leavesAnUnreadableSnapshotOutOfTheTrend() {
    store(report(5), 1);
    snapshots.save(2, Instant.EPOCH, 1, 1, "not json");
    store(report(7), 3);

    assertThat(reports.history()).extracting(s -> s.header().runId()).containsExactly(1L, 3L);
  }

  @Test
  void leavesOutASnapshotPrunedWhileTheTrendWasRead() {
    store(report(5), 1);
    store(report(6), 2);
    reports.latest();
    snapshots.prune(1);

    assertThat(reports.history()).extracting(s -> s.header().runId()).containsExactly(2L);
  }
}
