package io.pmobuyin.jira.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.SnapshotReports;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.InMemorySnapshotStore;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.testing.SampleGadgetData;
import io.pmobuyin.value.ImprovementTargets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotGadgetDataTest {

  private final InMemorySnapshotStore snapshots = spy(new InMemorySnapshotStore());
  private final JiraIssues jira = new JiraIssues(java.time.ZoneOffset.UTC);
  private final InMemorySettingsStore settings = InMemorySettingsStore.holding(targets(0.25));
  private final SnapshotGadgetData source =
      new SnapshotGadgetData(
          new SnapshotReports(snapshots),
          InMemoryCatalogueStore.holding(SampleGadgetData.standard().catalogue()),
          settings,
          new JiraLeadership(jira.projectManager(), new JiraPeople().userManager()),
          java.time.Clock.systemUTC());

  private static AppSettings targets(double reduction) {
    AppSettings d = AppSettings.defaults();
    return new AppSettings(
        d.mining(),
        d.rates(),
        new ImprovementTargets(reduction, Map.of()),
        d.closed(),
        d.schedule(),
        d.snapshotsKept(),
        d.executiveGroup());
  }

  private static PortfolioReport report(int issues) {
    List<io.pmobuyin.mining.record.IssueRecord> records =
        java.util.stream.IntStream.rangeClosed(1, issues)
            .mapToObj(
                i ->
                    IssueBuilder.anIssue()
                        .key("ABC-" + i)
                        .startedOnDay(1)
                        .resolvedOnDay(5 + i)
                        .build())
            .toList();
    return Reports.mine(records, MiningConfig.defaults());
  }

  private void store(PortfolioReport report) {
    snapshots.save(1, Instant.EPOCH, 1, report.portfolio().issues(), Reports.json(report));
  }

  @Test
  void hasNoDataBeforeTheFirstRun() {
    assertThat(source.current()).isEmpty();
  }

  @Test
  void givesTheLatestReportWithTodaysCatalogueAndTargets() {
    PortfolioReport first = report(3);
    store(first);

    GadgetData data = source.current().orElseThrow();

    assertThat(data.report().portfolio().issues()).isEqualTo(3);
    assertThat(data.catalogue()).isEqualTo(SampleGadgetData.standard().catalogue());
    assertThat(data.targets().defaultReduction()).isEqualTo(0.25);
  }

  @Test
  void readsEachSnapshotOnceAndTheNewerOneWhenARunAddsIt() {
    store(report(3));
    source.current();
    source.current();
    verify(snapshots, times(1)).get(anyLong());

    store(report(7));

    assertThat(source.current().orElseThrow().report().portfolio().issues()).isEqualTo(7);
    verify(snapshots, times(2)).get(anyLong());
  }

  @Test
  void keepsShowingTheLastReadableReportWhenTheNewestCannotBeRead() {
    store(report(3));
    source.current();
    snapshots.save(2, Instant.EPOCH, 1, 1, "{\"schemaVersion\":99}");

    assertThat(source.current().orElseThrow().report().portfolio().issues()).isEqualTo(3);
  }

  @Test
  void carriesTheOpenProjectsJiraHasWithTheirLeads() {
    jira.project(20, "LIVE").named("Live work").ledBy("nobody-known");
    store(report(3));

    assertThat(source.current().orElseThrow().leadership().active())
        .extracting(io.pmobuyin.scope.ProjectLeadership::projectKey)
        .containsExactly("LIVE");
  }
}
