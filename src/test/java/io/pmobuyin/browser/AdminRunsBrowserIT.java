package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.pmobuyin.run.LoggedError;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import io.pmobuyin.testing.HostileData;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;

/**
 * The admin page's runs and error log in a real browser over the real template, scripts and REST
 * resources: Run now, the run's progress while it is under way, its row in the history once it
 * ends, a cancel, a refused Run now, and the error log shown as text and cleared only after the
 * admin confirms.
 */
class AdminRunsBrowserIT extends AdminPageScenarios {

  private static final String RUNS = "#pmo-buyin-runs";
  private static final String CURRENT = RUNS + " .pmo-run-current";
  private static final String NEWEST_RUN = RUNS + " .pmo-runs-table tbody tr:first-child";
  private static final String ERRORS = "#pmo-buyin-errors";
  private static final Instant EARLY = Instant.parse("2026-11-21T03:00:05Z");

  @Override
  int shownRefusal() {
    return 409;
  }

  @Test
  void followsARunFromRunNowToItsRowInTheHistory() throws Exception {
    open();
    assertThat(page.text(RUNS + " .pmo-runs-table tbody"))
        .isEqualTo("No run yet. The first one starts on the schedule, or now with Run now.");
    assertThat(page.shown(CURRENT)).isFalse();
    assertThat(page.shown(RUNS + " .pmo-run-cancel")).isFalse();

    page.click(RUNS + " .pmo-run-now");

    page.waitUntilShown(CURRENT);
    assertThat(page.text(RUNS + " .pmo-run-message"))
        .isEqualTo("A run was asked for. It starts as soon as Jira\u2019s scheduler gets to it.");
    assertThat(page.find(RUNS + " .pmo-run-now").isEnabled()).isFalse();
    assertThat(page.shown(RUNS + " .pmo-run-cancel")).isTrue();

    backend.progress(5, 2, 1_340, 1);

    page.waitForText(CURRENT + " .pmo-run-projects", "Projects read: 2 of 5.");
    assertThat(page.text(CURRENT + " .pmo-run-counts"))
        .isEqualTo("Issues read: 1,340. Problems so far: 1.");
    assertThat(page.find(CURRENT + " progress").getDomProperty("value")).isEqualTo("2");
    assertThat(page.find(CURRENT + " progress").getDomProperty("max")).isEqualTo("5");
    assertThat(page.text(NEWEST_RUN + " .pmo-run-state")).isEqualTo("Running");
    driver.executeScript("arguments[0].scrollIntoView();", page.find(RUNS));
    Files.write(
        SCREENSHOTS.resolve("admin-run-under-way-1280.png"),
        driver.getScreenshotAs(OutputType.BYTES));

    backend.errorLog.add(
        new LoggedError(
            Instant.now(),
            1,
            new RunProblem("ALPHA", "ALPHA-3", "pmobuyin.run.problem.issue", "no such field")));
    backend.finish(RunState.SUCCEEDED, null);

    page.waitUntil(() -> !page.shown(CURRENT));
    assertThat(page.text(NEWEST_RUN + " .pmo-run-trigger")).isEqualTo("Run now");
    assertThat(page.text(NEWEST_RUN + " .pmo-run-state")).isEqualTo("Succeeded");
    assertThat(page.text(NEWEST_RUN + " .pmo-run-projects")).isEqualTo("5 of 5");
    assertThat(page.text(NEWEST_RUN + " .pmo-run-issues")).isEqualTo("1,340");
    assertThat(page.text(NEWEST_RUN + " .pmo-run-problems")).isEqualTo("1");
    assertThat(page.find(RUNS + " .pmo-run-now").isEnabled()).isTrue();
    assertThat(page.shown(RUNS + " .pmo-run-cancel")).isFalse();
    page.waitForText(ERRORS + " .pmo-errors-count", "Entries in the log: 1.");

    int callsWhenEnded = server.restCalls();
    driver.executeAsyncScript("setTimeout(arguments[0], 3500);");
    assertThat(server.restCalls())
        .as("no polling once the run has ended")
        .isEqualTo(callsWhenEnded);
  }

  @Test
  void cancelsTheRunUnderWay() throws Exception {
    RunRecord run = backend.runs.start(RunTrigger.SCHEDULED, EARLY);
    open();
    assertThat(page.shown(CURRENT)).isTrue();
    assertThat(page.find(RUNS + " .pmo-run-now").isEnabled()).isFalse();

    page.click(RUNS + " .pmo-run-cancel");

    page.waitForText(
        RUNS + " .pmo-run-message",
        "The run was asked to stop. It stops at its next checkpoint, on whichever node it runs,"
            + " and the last good report stays.");
    assertThat(backend.runs.cancelRequested(run.id())).isTrue();

    backend.finish(RunState.CANCELLED, null);

    page.waitForText(NEWEST_RUN + " .pmo-run-state", "Cancelled");
    assertThat(page.text(NEWEST_RUN + " .pmo-run-trigger")).isEqualTo("The schedule");
    assertThat(page.shown(RUNS + " .pmo-run-cancel")).isFalse();
  }

  @Test
  void showsAPartialRunsReportOnlyOnceTheAdminAcceptsIt() throws Exception {
    backend.snapshots.save(1, EARLY, 10, 100, "{}");
    RunRecord partial = backend.runs.start(RunTrigger.SCHEDULED, EARLY);
    backend.finish(RunState.PARTIAL, null);
    backend.snapshots.save(partial.id(), EARLY, 2, 20, "{}", true);
    open();
    assertThat(page.text(NEWEST_RUN + " .pmo-run-state")).isEqualTo("Partial: not shown yet");

    page.click(NEWEST_RUN + " .pmo-run-accept");

    page.waitForText(
        RUNS + " .pmo-run-message", "The partial run\u2019s report is shown from now on.");
    assertThat(backend.snapshots.latest().orElseThrow().header().runId()).isEqualTo(partial.id());
    page.waitForText(NEWEST_RUN + " .pmo-run-failure", "");
  }

  @Test
  void saysWhyRunNowWasRefusedWhenAnotherRunStartedMeanwhile() throws Exception {
    open();
    backend.runs.start(RunTrigger.SCHEDULED, EARLY);

    page.click(RUNS + " .pmo-run-now");

    page.waitForText(
        RUNS + " .pmo-run-message",
        "No run was started: A mining run is already under way. Wait for it to finish, or cancel"
            + " it.");
    page.waitUntilShown(CURRENT);
    verify(backend.schedule, never()).runNow();
  }

  @Test
  void showsTheErrorLogAsTextAndClearsItOnlyOnceConfirmed() throws Exception {
    backend.errorLog.add(
        new LoggedError(
            EARLY,
            3,
            new RunProblem(
                HostileData.ATTRIBUTE,
                null,
                "pmobuyin.run.problem.project-unavailable",
                HostileData.SCRIPT)));
    backend.errorLog.add(
        new LoggedError(
            EARLY.plusSeconds(4),
            3,
            new RunProblem("ALPHA", "ALPHA-7", "pmobuyin.run.problem.issue", HostileData.IMAGE)));
    open();

    assertThat(page.text(ERRORS + " .pmo-errors-count")).isEqualTo("Entries in the log: 2.");
    assertThat(page.texts(ERRORS + " .pmo-error-project"))
        .containsExactly("ALPHA", HostileData.ATTRIBUTE);
    assertThat(page.texts(ERRORS + " .pmo-error-issue")).containsExactly("ALPHA-7", "");
    assertThat(page.texts(ERRORS + " .pmo-error-message"))
        .containsExactly(
            "Issue ALPHA-7 could not be read.",
            "Project "
                + HostileData.ATTRIBUTE
                + " could not be read: it was deleted or changed during the run.");
    assertThat(page.texts(ERRORS + " .pmo-error-detail"))
        .containsExactly(HostileData.IMAGE, HostileData.SCRIPT);
    assertThat(page.all("#pmo-buyin-admin img")).isEmpty();
    assertThat(page.all("#pmo-buyin-admin svg")).isEmpty();
    assertThat(page.all("script")).hasSize(AdminPageServer.scripts());
    assertThat(page.shown(ERRORS + " .pmo-errors-confirm")).isFalse();

    page.click(ERRORS + " .pmo-errors-clear");
    assertThat(page.shown(ERRORS + " .pmo-errors-confirm")).isTrue();
    assertThat(page.text(ERRORS + " .pmo-errors-confirm p"))
        .isEqualTo("Clear every entry of the error log? This cannot be undone.");
    page.click(ERRORS + " .pmo-errors-confirm-no");

    assertThat(page.shown(ERRORS + " .pmo-errors-confirm")).isFalse();
    assertThat(backend.errorLog.count()).isEqualTo(2);

    page.click(ERRORS + " .pmo-errors-clear");
    page.click(ERRORS + " .pmo-errors-confirm-yes");

    page.waitForText(ERRORS + " .pmo-errors-message", "The error log is empty now.");
    page.waitForText(
        ERRORS + " .pmo-errors-table tbody",
        "The log is empty: the runs read everything they were given.");
    assertThat(backend.errorLog.count()).isZero();
    assertThat(page.find(ERRORS + " .pmo-errors-clear").isEnabled()).isFalse();
    assertThat(page.text(ERRORS + " .pmo-errors-count")).isEmpty();
  }
}
