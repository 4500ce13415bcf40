package io.pmobuyin.browser;

import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import io.pmobuyin.jira.run.MiningSchedule;
import io.pmobuyin.run.MiningJob;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import io.pmobuyin.testing.InMemoryErrorLog;
import io.pmobuyin.testing.InMemoryRunHistory;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.InMemorySnapshotStore;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.ScriptedSearch;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What the admin page's REST API works on in the browser tests, changed in place by the tests: the
 * catalogue, SAL plugin settings (the sponsor group), the app's settings, the run history and error
 * log, Jira's projects and its search. "Run now" starts a run in the history that the test then
 * moves along, as the scheduler and the mining job would inside Jira.
 */
final class AdminBackend {

  final InMemoryCatalogueStore catalogue;
  final Map<String, Object> pluginSettings;
  final InMemorySettingsStore settings = new InMemorySettingsStore();
  final InMemoryRunHistory runs = new InMemoryRunHistory();
  final InMemoryErrorLog errorLog = new InMemoryErrorLog();
  final InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
  final JiraIssues jira = new JiraIssues(ZoneOffset.UTC);
  final ScriptedSearch search = new ScriptedSearch();
  final MiningSchedule schedule = mock(MiningSchedule.class);
  final MiningJob job;

  /** Jira's mail queue and servers for the regular report: no SMTP server until a test sets one. */
  final com.atlassian.mail.queue.MailQueue mailQueue =
      mock(com.atlassian.mail.queue.MailQueue.class);

  final com.atlassian.mail.server.MailServerManager mailServers =
      mock(com.atlassian.mail.server.MailServerManager.class);

  AdminBackend(InMemoryCatalogueStore catalogue, Map<String, Object> pluginSettings) {
    this.catalogue = catalogue;
    this.pluginSettings = pluginSettings;
    doAnswer(
            runNow -> {
              runs.start(RunTrigger.MANUAL, Instant.now());
              return null;
            })
        .when(schedule)
        .runNow();
    // Cancelling reads and writes only the run history; the rest of the job is never run here.
    job = new MiningJob(null, null, null, null, runs, null, errorLog, Clock.systemUTC());
  }

  /** The run under way, as the job would save it after reading some projects. */
  RunRecord progress(int projectsTotal, int projectsDone, long issuesRead, long problems) {
    RunRecord run = runs.running().orElseThrow();
    RunRecord moved =
        new RunRecord(
            run.id(),
            run.trigger(),
            RunState.RUNNING,
            run.started(),
            null,
            projectsTotal,
            projectsDone,
            issuesRead,
            problems,
            null);
    runs.save(moved);
    return moved;
  }

  /** The run under way, ended as the job would end it. */
  RunRecord finish(RunState end, String failureKey) {
    RunRecord run = runs.running().orElseThrow();
    RunRecord ended =
        new RunRecord(
            run.id(),
            run.trigger(),
            end,
            run.started(),
            Instant.now(),
            run.projectsTotal(),
            run.projectsTotal(),
            run.issuesRead(),
            run.problems(),
            failureKey);
    runs.save(ended);
    return ended;
  }
}
