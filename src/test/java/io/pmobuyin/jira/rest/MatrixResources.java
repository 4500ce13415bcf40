package io.pmobuyin.jira.rest;

import static org.mockito.Mockito.mock;

import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.jira.field.SponsorGroupSetting;
import io.pmobuyin.jira.run.MiningSchedule;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.security.Viewers;
import io.pmobuyin.jira.source.ClosedProjectSuggester;
import io.pmobuyin.jira.source.ProjectIssueSearch;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.run.MiningJob;
import io.pmobuyin.run.SnapshotReports;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.testing.AppSettingsBuilder;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import io.pmobuyin.testing.InMemoryErrorLog;
import io.pmobuyin.testing.InMemoryRunHistory;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.InMemorySnapshotStore;
import io.pmobuyin.testing.JiraBrowsing;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.MapPluginSettings;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.testing.SampleGadgetData;
import io.pmobuyin.testing.ScriptedSearch;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The app's resources over in-memory stores and mocked Jira services. */
final class MatrixResources {

  static final String EXECUTIVES = "executives";
  static final List<String> SAMPLE_KEYS =
      SampleGadgetData.standard().report().projects().stream()
          .map(io.pmobuyin.report.ProjectSection::key)
          .toList();

  /** The sample portfolio's report as the latest snapshot, read once for every test here. */
  static final SnapshotReports SAMPLE_REPORTS = sampleReports();

  private static SnapshotReports sampleReports() {
    InMemorySnapshotStore store = new InMemorySnapshotStore();
    store.save(
        1,
        java.time.Instant.parse("2025-06-30T02:00:00Z"),
        SAMPLE_KEYS.size(),
        SampleGadgetData.standard().report().portfolio().issues(),
        Reports.json(SampleGadgetData.standard().report()));
    return new SnapshotReports(store);
  }

  final UserManager users = mock(UserManager.class);
  final RequestAccess access =
      new RequestAccess(
          users,
          InMemorySettingsStore.holding(
              AppSettingsBuilder.appSettings().executiveGroup(EXECUTIVES).build()));
  // The user and the admin may browse one of the sample's projects, the executive none.
  final JiraBrowsing jira =
      new JiraBrowsing()
          .projects(SAMPLE_KEYS)
          .browses("user", SAMPLE_KEYS.get(0))
          .browses("admin", SAMPLE_KEYS.get(0));
  final Viewers viewers =
      new Viewers(
          access,
          jira.permissionManager(),
          jira.projectManager(),
          new JiraPeople()
              .active("user", "A User")
              .active("executive", "An Executive", EXECUTIVES)
              .active("admin", "An Admin")
              .userManager());
  final RestErrors errors = new RestErrors(BundleI18nResolver.create());
  final HealthResource health = new HealthResource(new BuildInfo("1.0.0"), access, errors);
  final GadgetResource gadgets =
      new GadgetResource(
          viewers,
          errors,
          BundleI18nResolver.create(),
          new PreviewTemplates(Messages.forLocale(Locale.ENGLISH)),
          () -> Optional.of(SampleGadgetData.standard()));
  final CatalogueResource catalogue =
      new CatalogueResource(access, errors, new InMemoryCatalogueStore());
  final InMemoryRunHistory history = new InMemoryRunHistory();
  final MiningJob job = mock(MiningJob.class);
  final InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
  final RunResource runs =
      new RunResource(
          access,
          errors,
          BundleI18nResolver.create(),
          history,
          new InMemoryErrorLog(),
          job,
          mock(MiningSchedule.class),
          snapshots);
  final SettingsResource settings =
      new SettingsResource(
          access,
          errors,
          InMemorySettingsStore.holding(AppSettings.defaults()),
          mock(MiningSchedule.class),
          new JiraPeople().group(EXECUTIVES).groupManager(),
          new io.pmobuyin.testing.JiraBrowsing().projectManager());
  final ReportResource report =
      new ReportResource(viewers, errors, BundleI18nResolver.create(), SAMPLE_REPORTS);
  final SponsorGroupResource sponsorGroup =
      new SponsorGroupResource(
          access,
          errors,
          new SponsorGroupSetting(MapPluginSettings.over(new HashMap<>())),
          new JiraPeople().group("executives").groupManager());
  final JiraIssues jiraProjects = new JiraIssues(ZoneOffset.UTC);
  final ProjectsResource projects =
      new ProjectsResource(
          access,
          errors,
          jiraProjects.projectManager(),
          new JiraPeople().active("admin", "Admin").userManager(),
          InMemorySettingsStore.holding(AppSettings.defaults()),
          new ClosedProjectSuggester(
              jiraProjects.projectManager(),
              new ProjectIssueSearch(new ScriptedSearch().service())));

  final io.pmobuyin.jira.digest.SettingsDigestStore digestStore = seededDigestStore();
  final DigestResource digest =
      new DigestResource(
          access,
          errors,
          digestStore,
          new io.pmobuyin.run.digest.DigestSender(
              new io.pmobuyin.jira.digest.JiraDigestAudiences(
                  new JiraPeople().group("pmo").groupManager(),
                  new JiraPeople().active("admin", "Admin").userManager(),
                  jira.projectManager(),
                  jira.permissionManager()),
              new io.pmobuyin.testing.InMemoryOptOuts(),
              (input, links) -> new io.pmobuyin.report.mail.DigestMessage("s", "<p>h</p>", "t"),
              io.pmobuyin.testing.BundleTexts::new,
              (user, subscription) ->
                  new io.pmobuyin.report.mail.DigestLinks("https://j/d", "https://j/u"),
              new io.pmobuyin.jira.digest.JiraMailQueueOutbox(
                  mock(com.atlassian.mail.queue.MailQueue.class),
                  mock(com.atlassian.mail.server.MailServerManager.class))),
          () -> Optional.of(SampleGadgetData.standard()),
          InMemorySettingsStore.holding(AppSettings.defaults()),
          new JiraPeople().group("pmo").groupManager(),
          java.time.Clock.systemUTC());

  /** One subscription, {@code s-seed}, to change or remove. */
  private static io.pmobuyin.jira.digest.SettingsDigestStore seededDigestStore() {
    var store =
        new io.pmobuyin.jira.digest.SettingsDigestStore(
            MapPluginSettings.over(new HashMap<>()), new io.pmobuyin.testing.LocalClusterLocks());
    store.saveSubscriptions(
        List.of(
            new io.pmobuyin.run.digest.Subscription(
                "s-seed",
                io.pmobuyin.run.digest.Audience.sponsors(),
                io.pmobuyin.run.digest.Cadence.afterEachRun(),
                java.time.Instant.parse("2026-01-01T00:00:00Z"))));
    return store;
  }
}
