package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.Threshold;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.StalledWorkPattern;
import io.pmobuyin.mining.record.ResolutionClass;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.ClosedProjectRules;
import io.pmobuyin.testing.HostileData;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;

/**
 * The admin page's settings sections in a real browser over the real template, scripts and REST
 * resources: a refused value is marked at its field and nothing changes, a saved section keeps its
 * values across a reload and leaves the other sections alone, and closed projects are picked by
 * category and from suggestions whose hostile names stay text.
 */
class AdminSettingsBrowserIT extends AdminPageScenarios {

  private static final String CLOSED = "#pmo-buyin-closed form";
  private static final String COSTS = "#pmo-buyin-costs form";
  private static final String SCHEDULE = "#pmo-buyin-schedule form";
  private static final String REFUSED = "The settings were not changed: see the fields marked.";
  private static final String SAVED = "Saved. The next run uses the new values.";
  private static final Instant LONG_AGO = Instant.parse("2025-01-31T12:00:00Z");

  @Override
  int shownRefusal() {
    return 400;
  }

  @Test
  void marksRefusedValuesAtTheirFieldsOpensTheFoldAndChangesNothing() throws Exception {
    open();
    assertThat(page.field(COSTS, "rates.hourlyRate").getDomProperty("value")).isEqualTo("100");
    assertThat(page.find(COSTS + " details").getDomProperty("open")).isEqualTo("false");

    page.type(COSTS, "rates.hourlyRate", "lots");
    page.set(COSTS, "mining.handoffs", "0");
    page.click(COSTS + " .pmo-save");

    assertThat(page.waitUntilShown(COSTS + " [data-error-for='rates.hourlyRate']").getText())
        .isEqualTo("\"lots\" is not a number. Write decimals with a dot, such as 0.25.");
    assertThat(page.waitUntilShown(COSTS + " [data-error-for='mining.handoffs']").getText())
        .contains("0 is outside that range");
    assertThat(page.find(COSTS + " details").getDomProperty("open")).isEqualTo("true");
    assertThat(page.field(COSTS, "rates.hourlyRate").getDomAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(page.text(COSTS + " .pmo-form-message")).isEqualTo(REFUSED);
    assertThat(backend.settings.settings()).isEqualTo(AppSettings.defaults());
  }

  /** The fields the patterns' threshold declarations make get their stored values. */
  @Test
  void fillsEveryPatternThresholdFieldFromTheStoredSettings() throws Exception {
    open();
    page.click(COSTS + " details summary");

    for (Threshold threshold : Catalogue.thresholds()) {
      String shown = page.field(COSTS, threshold.settingsKey()).getDomProperty("value");
      assertThat(Double.parseDouble(shown))
          .as(threshold.settingsKey())
          .isEqualTo(threshold.defaultValue());
    }
    page.field(COSTS, StalledWorkPattern.STALLED_DAYS.settingsKey()).click();
    Files.write(
        SCREENSHOTS.resolve("admin-thresholds-1280.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void keepsASavedSectionAcrossAReload() throws Exception {
    open();

    page.type(COSTS, "rates.hourlyRate", "120.5");
    page.type(COSTS, "rates.currency", "eur");
    page.click(COSTS + " .pmo-save");

    page.waitForText(COSTS + " .pmo-form-message", SAVED);
    assertThat(backend.settings.settings().rates().hourlyRate()).isEqualTo(120.5);
    assertThat(backend.settings.settings().rates().currency()).isEqualTo("EUR");
    assertThat(page.field(COSTS, "rates.currency").getDomProperty("value")).isEqualTo("EUR");

    page.reload(server);

    assertThat(page.field(COSTS, "rates.hourlyRate").getDomProperty("value")).isEqualTo("120.5");
    assertThat(page.field(COSTS, "rates.currency").getDomProperty("value")).isEqualTo("EUR");
    assertThat(page.all(COSTS + " [aria-invalid]")).isEmpty();
  }

  @Test
  void savesOnlyTheSectionsOwnSettings() throws Exception {
    open();

    page.type(SCHEDULE, "schedule.intervalHours", "12");
    page.type(COSTS, "rates.hourlyRate", "80");
    page.click(COSTS + " .pmo-save");
    page.waitForText(COSTS + " .pmo-form-message", SAVED);

    assertThat(backend.settings.settings().rates().hourlyRate()).isEqualTo(80);
    assertThat(backend.settings.settings().schedule().intervalHours()).isEqualTo(24);
    assertThat(page.field(SCHEDULE, "schedule.intervalHours").getDomProperty("value"))
        .isEqualTo("12");

    page.type(SCHEDULE, "executiveGroup", HostileData.ATTRIBUTE);
    page.click(SCHEDULE + " .pmo-save");
    page.waitForText(SCHEDULE + " .pmo-form-message", SAVED);
    page.reload(server);

    assertThat(backend.settings.settings().schedule().intervalHours()).isEqualTo(12);
    assertThat(backend.settings.settings().executiveGroup()).isEqualTo(HostileData.ATTRIBUTE);
    assertThat(page.field(SCHEDULE, "executiveGroup").getDomProperty("value"))
        .isEqualTo(HostileData.ATTRIBUTE);
    assertThat(backend.settings.settings().rates().hourlyRate()).isEqualTo(80);
  }

  @Test
  void picksCategoriesAndAddsSuggestedKeysShowingHostileNamesAsText() throws Exception {
    backend.settings.save(withClosed(Set.of(10_099L), Set.of()));
    backend
        .jira
        .project(1, "ALPHA")
        .named(HostileData.SCRIPT)
        .inCategory(10_001, HostileData.IMAGE);
    backend.jira.project(2, "BETA").named(HostileData.ATTRIBUTE).inCategory(10_002, "Closed");
    backend.jira.project(3, "GAMMA").named("Still running");
    backend.jira.project(4, "BROKEN").named("Broken index");
    backend
        .search
        .project(1, 40, 1, 0, LONG_AGO)
        .project(2, 10, 0, 0, LONG_AGO)
        .project(3, 10, 5, 0, LONG_AGO)
        .failing(4, "index unavailable");
    open();

    assertThat(page.texts(CLOSED + " .pmo-category-choices label"))
        .containsExactly(
            HostileData.IMAGE, "Closed", "Category 10099 (no open project is in it now)");
    assertThat(page.find("#pmo-buyin-category-10099").isSelected()).isTrue();
    page.click("#pmo-buyin-category-10002");
    page.click("#pmo-buyin-category-10099");

    page.click(CLOSED + " .pmo-suggest");
    page.waitUntil(() -> page.all(CLOSED + " .pmo-suggest-table tbody tr").size() == 2);

    assertThat(page.texts(CLOSED + " .pmo-suggest-table tbody code"))
        .containsExactly("ALPHA", "BETA");
    assertThat(page.texts(CLOSED + " .pmo-suggest-name"))
        .containsExactly(HostileData.SCRIPT, HostileData.ATTRIBUTE);
    assertThat(page.text(CLOSED + " .pmo-suggest-table tbody tr td:nth-child(4)"))
        .isEqualTo("97.5%");
    assertThat(page.text(CLOSED + " .pmo-suggest-summary"))
        .isEqualTo(
            "Open projects with at least 95% of their issues resolved and no update for 90 days:");
    assertThat(page.text(CLOSED + " .pmo-suggest-skipped li"))
        .startsWith(
            "Jira\u2019s search could not count the issues of project BROKEN, so it was left out.")
        .contains("index unavailable");

    page.click(CLOSED + " .pmo-suggest-add[data-key='ALPHA']");

    assertThat(page.field(CLOSED, "closed.projectKeys").getDomProperty("value")).isEqualTo("ALPHA");
    assertThat(page.find(CLOSED + " .pmo-suggest-add[data-key='ALPHA']").isEnabled()).isFalse();
    assertThat(page.text(CLOSED + " .pmo-suggest-message"))
        .isEqualTo("ALPHA is in the projects by key now. Save to keep it.");
    driver.executeScript("arguments[0].scrollIntoView();", page.find(CLOSED + " .pmo-suggestions"));
    Files.write(
        SCREENSHOTS.resolve("admin-closed-projects-1280.png"),
        driver.getScreenshotAs(OutputType.BYTES));
    page.click(CLOSED + " .pmo-save");
    page.waitForText(CLOSED + " .pmo-form-message", SAVED);

    ClosedProjectRules closed = backend.settings.settings().closed();
    assertThat(closed.categoryIds()).containsExactly(10_002L);
    assertThat(closed.projectKeys()).containsExactly("ALPHA");

    page.click(CLOSED + " .pmo-suggest");
    page.waitUntil(() -> !page.shown(CLOSED + " .pmo-suggest-table"));
    page.waitForText(
        CLOSED + " .pmo-suggest-summary",
        "No open project has at least 95% of its issues resolved and no update for 90 days.");
    assertThat(page.all("#pmo-buyin-admin img")).isEmpty();
    assertThat(page.all("#pmo-buyin-admin svg")).isEmpty();
    assertThat(page.all("script")).hasSize(AdminPageServer.scripts());
  }

  private static AppSettings withClosed(Set<Long> categoryIds, Set<String> keys) {
    AppSettings d = AppSettings.defaults();
    ClosedProjectRules closed =
        new ClosedProjectRules(
            true,
            categoryIds,
            keys,
            ClosedProjectRules.DEFAULT_RESOLVED_SHARE,
            ClosedProjectRules.DEFAULT_QUIET_DAYS);
    return new AppSettings(
        d.mining(), d.rates(), d.targets(), closed, d.schedule(), d.snapshotsKept(), null);
  }

  @Test
  void editsSettingsKeyedByNameAsOneLineEachAndRemovesADeletedLine() throws Exception {
    open();
    page.click(COSTS + " details summary");
    String resolutions = COSTS + " textarea[data-prefix='mining.resolution.']";
    String statuses = COSTS + " textarea[data-prefix='mining.status.']";

    page.find(resolutions).sendKeys("Descoped = not-done\nParked=duplicate");
    page.find(statuses).sendKeys("Shipped = live = done");
    page.click(COSTS + " .pmo-save");
    page.waitForText(COSTS + " .pmo-form-message", SAVED);

    AppSettings saved = backend.settings.settings();
    assertThat(saved.mining().thresholds().resolutionClass("descoped"))
        .isEqualTo(ResolutionClass.NOT_DONE);
    assertThat(saved.mining().thresholds().resolutionClass("Parked"))
        .isEqualTo(ResolutionClass.DUPLICATE);
    assertThat(saved.mining().statusCategories().of("Shipped = live"))
        .isEqualTo(StatusCategory.DONE);

    page.reload(server);
    page.click(COSTS + " details summary");
    assertThat(page.find(resolutions).getDomProperty("value"))
        .isEqualTo("Descoped = not-done\nParked = duplicate");
    page.find(resolutions).clear();
    page.find(resolutions).sendKeys("Parked = duplicate");
    page.click(COSTS + " .pmo-save");
    page.waitForText(COSTS + " .pmo-form-message", SAVED);

    assertThat(backend.settings.settings().mining().thresholds().resolutions().overrides())
        .containsOnlyKeys("Parked");
  }

  @Test
  void refusesALineWithAValueItDoesNotKnowAndSaysWhy() throws Exception {
    open();

    page.click(COSTS + " details summary");
    page.find(COSTS + " textarea[data-prefix='rates.areas.']").sendKeys("REWORK = customers");
    page.click(COSTS + " .pmo-save");

    page.waitUntil(() -> page.text(COSTS + " .pmo-form-message").startsWith(REFUSED));
    assertThat(page.text(COSTS + " .pmo-form-message")).contains("\"customers\"");
    assertThat(backend.settings.settings()).isEqualTo(AppSettings.defaults());
  }

  @Test
  void takesTheProjectOfImprovementActionsAsAKeyAndRefusesWhatIsNone() throws Exception {
    open();

    page.type(SCHEDULE, "actions.project", "PMO PLAN");
    page.click(SCHEDULE + " .pmo-save");

    assertThat(page.waitUntilShown(SCHEDULE + " [data-error-for='actions.project']").getText())
        .startsWith("\"PMO PLAN\" is not a Jira project key");
    driver.executeScript("arguments[0].scrollIntoView();", page.find(SCHEDULE));
    Files.write(
        SCREENSHOTS.resolve("admin-actions-project-1280.png"),
        driver.getScreenshotAs(OutputType.BYTES));
    assertThat(backend.settings.settings().actionsProject()).isNull();

    page.type(SCHEDULE, "actions.project", "pmo");
    page.click(SCHEDULE + " .pmo-save");
    page.waitForText(SCHEDULE + " .pmo-form-message", SAVED);

    assertThat(backend.settings.settings().actionsProject()).isEqualTo("PMO");
    assertThat(page.field(SCHEDULE, "actions.project").getDomProperty("value")).isEqualTo("PMO");
  }
}
