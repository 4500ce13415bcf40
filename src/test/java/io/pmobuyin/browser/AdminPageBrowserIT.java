package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.HostileData;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin page in a real browser over the real template, script and REST resources (see {@link
 * AdminPageServer}): an admin adds, edits and retires catalogue entries, sees refusals next to
 * their fields and every change in the history, and chooses and clears the sponsor group. Hostile
 * names stay text, and no page logs a script error. One Chromium for all; a fresh server each.
 */
class AdminPageBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String ENTRIES = ".pmo-catalogue-table tbody";
  private static final String CATALOGUE_FORM = ".pmo-catalogue-form";
  private static final String SPONSOR_FORM = ".pmo-sponsor-form";
  private static final String NO_GROUP = "none chosen yet";

  private static ChromeDriver driver;

  private final Map<String, Object> settings = new ConcurrentHashMap<>();
  private InMemoryCatalogueStore store;
  private AdminPageServer server;

  @BeforeAll
  static void startChromium() throws Exception {
    driver = ChromiumSession.start(1280, 1000);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void quitChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Every scenario ends with a clean console and a server that answered every request. */
  @AfterEach
  void noScriptErrorsAndNoServerFailures() {
    try {
      assertThat(scriptErrors()).isEmpty();
      assertThat(server.failures()).isEmpty();
    } finally {
      server.close();
    }
  }

  @Test
  void addsAnEntryAndShowsItInTheTableAndTheHistory() throws Exception {
    openPage(ServiceCatalogue.empty());
    assertThat(text(ENTRIES))
        .isEqualTo("The catalogue has no entries yet. Add the first one below.");
    assertThat(field("department").isDisplayed()).isFalse();

    type(CATALOGUE_FORM, "id", "risk-review");
    type(CATALOGUE_FORM, "name", "Risk review");
    type(CATALOGUE_FORM, "description", "A monthly look at every project's risks");
    click(CATALOGUE_FORM + " .pmo-save");

    WebElement row = waitForRow("risk-review");
    assertThat(row.findElement(By.cssSelector(".pmo-entry-name")).getText())
        .isEqualTo("Risk review");
    assertThat(row.findElement(By.cssSelector(".pmo-entry-status")).getText())
        .isEqualTo("In scope");
    assertThat(text(CATALOGUE_FORM + " .pmo-form-message"))
        .isEqualTo("Added Risk review to the catalogue.");
    assertThat(latestChange())
        .containsExactly(
            AdminRestApi.ADMIN,
            "Added",
            "risk-review",
            "Name: Risk review",
            "Description: A monthly look at every project's risks",
            "Scope: In scope");

    type(CATALOGUE_FORM, "id", "hiring");
    type(CATALOGUE_FORM, "name", "Hiring");
    new Select(field("status")).selectByValue("OTHER_DEPARTMENT");
    type(CATALOGUE_FORM, "department", "Human Resources");
    click(CATALOGUE_FORM + " .pmo-save");

    assertThat(waitForRow("hiring").findElement(By.cssSelector(".pmo-entry-status")).getText())
        .isEqualTo("Owned by Human Resources");
    assertThat(driver.findElements(By.cssSelector(".pmo-history-table tbody tr"))).hasSize(2);
    assertThat(store.catalogue().entries())
        .extracting(CatalogueEntry::id)
        .containsExactly("risk-review", "hiring");
  }

  @Test
  void showsWhyAnAddIsRefusedNextToTheFieldsAndChangesNothing() throws Exception {
    openPage(ServiceCatalogue.empty());

    type(CATALOGUE_FORM, "id", "Not OK!");
    click(CATALOGUE_FORM + " .pmo-save");

    WebElement idError = waitUntilShown("[data-error-for='id']");
    assertThat(idError.getText())
        .isEqualTo(
            "An id is 1 to 40 lower-case letters, digits and dashes, starting with a letter or"
                + " digit; \"Not OK!\" is not.");
    assertThat(text("[data-error-for='name']")).isEqualTo("Give the service a name.");
    assertThat(driver.findElement(By.cssSelector("[data-error-for='description']")).isDisplayed())
        .isFalse();
    assertThat(field("id").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(text(CATALOGUE_FORM + " .pmo-form-message"))
        .isEqualTo("The catalogue was not changed: see the fields marked.");
    assertThat(store.catalogue().entries()).isEmpty();
    assertThat(store.changes()).isEmpty();
    assertThat(text(ENTRIES))
        .isEqualTo("The catalogue has no entries yet. Add the first one below.");

    type(CATALOGUE_FORM, "id", "ok-now");
    type(CATALOGUE_FORM, "name", "Fixed");
    click(CATALOGUE_FORM + " .pmo-save");

    waitForRow("ok-now");
    assertThat(driver.findElement(By.cssSelector("[data-error-for='id']")).isDisplayed()).isFalse();
    assertThat(field("id").getDomAttribute("aria-invalid")).isNull();
  }

  @Test
  void renamesAndRetiresAnEntryKeepingItsId() throws Exception {
    openPage(
        new ServiceCatalogue(
            List.of(
                new CatalogueEntry(
                    "risk-review", "Risk review", "", ScopeStatus.IN_SCOPE, null, false))));

    editRow("risk-review");
    assertThat(text(CATALOGUE_FORM + " .pmo-form-title")).isEqualTo("Change the entry risk-review");
    assertThat(field("id").getDomProperty("readOnly")).isEqualTo("true");
    type(CATALOGUE_FORM, "name", "Risk clinic");
    click(CATALOGUE_FORM + " .pmo-save");

    waitUntil(() -> text(rowSelector("risk-review") + " .pmo-entry-name").equals("Risk clinic"));
    assertThat(text(CATALOGUE_FORM + " .pmo-form-message"))
        .isEqualTo("Saved the changes to Risk clinic.");
    assertThat(latestChange())
        .containsExactly(
            AdminRestApi.ADMIN, "Changed", "risk-review", "Name: Risk review \u2192 Risk clinic");

    editRow("risk-review");
    field("retired").click();
    click(CATALOGUE_FORM + " .pmo-save");

    waitUntil(() -> !driver.findElements(By.cssSelector(".pmo-retired-mark")).isEmpty());
    assertThat(text(rowSelector("risk-review") + " .pmo-entry-status"))
        .isEqualTo("In scope Retired");
    assertThat(latestChange())
        .containsExactly(AdminRestApi.ADMIN, "Retired", "risk-review", "Retired: no \u2192 yes");
    assertThat(text(CATALOGUE_FORM + " .pmo-form-title")).isEqualTo("Add a service");
    assertThat(field("id").getDomProperty("readOnly")).isEqualTo("false");
    assertThat(store.catalogue().entries())
        .containsExactly(
            new CatalogueEntry("risk-review", "Risk clinic", "", ScopeStatus.IN_SCOPE, null, true));
    Files.write(
        SCREENSHOTS.resolve("admin-page-1280.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void showsHostileNamesAsText() throws Exception {
    openPage(ServiceCatalogue.empty());

    type(CATALOGUE_FORM, "id", "hostile");
    type(CATALOGUE_FORM, "name", HostileData.IMAGE);
    type(CATALOGUE_FORM, "description", HostileData.SCRIPT);
    new Select(field("status")).selectByValue("OTHER_DEPARTMENT");
    type(CATALOGUE_FORM, "department", HostileData.ATTRIBUTE);
    click(CATALOGUE_FORM + " .pmo-save");
    type(SPONSOR_FORM, "group", AdminRestApi.HOSTILE_GROUP);
    click(SPONSOR_FORM + " .pmo-save");

    WebElement row = waitForRow("hostile");
    assertThat(row.findElement(By.cssSelector(".pmo-entry-name")).getText())
        .isEqualTo(HostileData.IMAGE);
    assertThat(row.findElement(By.cssSelector(".pmo-entry-description")).getText())
        .isEqualTo(HostileData.SCRIPT);
    assertThat(row.findElement(By.cssSelector(".pmo-entry-status")).getText())
        .isEqualTo("Owned by " + HostileData.ATTRIBUTE);
    assertThat(latestChange()).contains("Name: " + HostileData.IMAGE);
    waitUntil(() -> text(".pmo-sponsor-group").equals(AdminRestApi.HOSTILE_GROUP));
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    assertThat(driver.findElements(By.tagName("svg"))).isEmpty();
    assertThat(driver.findElements(By.tagName("script"))).hasSize(AdminPageServer.scripts());
  }

  @Test
  void choosesChecksAndClearsTheSponsorGroup() throws Exception {
    openPage(ServiceCatalogue.empty());
    assertThat(text(".pmo-sponsor-group")).isEqualTo(NO_GROUP);

    type(SPONSOR_FORM, "group", "board");
    click(SPONSOR_FORM + " .pmo-save");

    assertThat(waitUntilShown("[data-error-for='group']").getText())
        .isEqualTo("Jira has no group called \"board\".");
    assertThat(text(SPONSOR_FORM + " .pmo-form-message"))
        .isEqualTo("The sponsor group was not changed: see the field marked.");
    assertThat(text(".pmo-sponsor-group")).isEqualTo(NO_GROUP);
    assertThat(settings).isEmpty();

    type(SPONSOR_FORM, "group", AdminRestApi.KNOWN_GROUP);
    click(SPONSOR_FORM + " .pmo-save");

    waitUntil(() -> text(".pmo-sponsor-group").equals(AdminRestApi.KNOWN_GROUP));
    assertThat(driver.findElement(By.cssSelector("[data-error-for='group']")).isDisplayed())
        .isFalse();
    assertThat(text(SPONSOR_FORM + " .pmo-form-message"))
        .isEqualTo("The sponsor group is now executives.");
    assertThat(settings).containsValue(AdminRestApi.KNOWN_GROUP);

    reload();
    assertThat(text(".pmo-sponsor-group")).isEqualTo(AdminRestApi.KNOWN_GROUP);
    assertThat(sponsorInput().getDomProperty("value")).isEqualTo(AdminRestApi.KNOWN_GROUP);
    click(SPONSOR_FORM + " .pmo-clear");

    waitUntil(() -> text(".pmo-sponsor-group").equals(NO_GROUP));
    assertThat(sponsorInput().getDomProperty("value")).isEmpty();
    assertThat(settings).isEmpty();
  }

  @Test
  void leavesOtherAdminPagesAlone() throws Exception {
    serve(ServiceCatalogue.empty());

    driver.get(server.otherAdminPage().toString());
    waitUntil(() -> "complete".equals(driver.executeScript("return document.readyState;")));
    driver.executeAsyncScript("setTimeout(arguments[0], 250);");

    assertThat(
            driver.executeScript(
                "return performance.getEntriesByType('resource')"
                    + ".some(function (r) { return /pmo-buyin-admin\\.js$/.test(r.name); });"))
        .as("the script was loaded")
        .isEqualTo(true);
    assertThat(server.restCalls()).isZero();
  }

  // ---- Driving the page ----

  private void serve(ServiceCatalogue catalogue) throws Exception {
    store = InMemoryCatalogueStore.holding(catalogue);
    server = AdminPageServer.start(store, settings);
    driver.manage().logs().get(LogType.BROWSER);
  }

  private void openPage(ServiceCatalogue catalogue) throws Exception {
    serve(catalogue);
    reload();
  }

  private void reload() {
    driver.get(server.page().toString());
    waitUntil(AdminPageBrowserIT::loaded);
  }

  /** The script marks the page once both sections have their first answer from the API. */
  private static boolean loaded() {
    WebElement root = driver.findElement(By.id("pmo-buyin-admin"));
    return "true".equals(root.getDomAttribute("data-pmo-loaded"));
  }

  private static void waitUntil(BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }

  private static WebElement waitUntilShown(String selector) {
    waitUntil(() -> driver.findElement(By.cssSelector(selector)).isDisplayed());
    return driver.findElement(By.cssSelector(selector));
  }

  private static String rowSelector(String id) {
    return ENTRIES + " tr[data-entry-id='" + id + "']";
  }

  private static WebElement waitForRow(String id) {
    waitUntil(() -> !driver.findElements(By.cssSelector(rowSelector(id))).isEmpty());
    return driver.findElement(By.cssSelector(rowSelector(id)));
  }

  private static void editRow(String id) {
    driver.findElement(By.cssSelector(rowSelector(id) + " .pmo-edit")).click();
  }

  private static WebElement field(String name) {
    return driver.findElement(By.cssSelector(CATALOGUE_FORM + " [name='" + name + "']"));
  }

  private static WebElement sponsorInput() {
    return driver.findElement(By.cssSelector(SPONSOR_FORM + " [name='group']"));
  }

  private static void type(String form, String name, String text) {
    WebElement input = driver.findElement(By.cssSelector(form + " [name='" + name + "']"));
    input.clear();
    input.sendKeys(text);
  }

  private static void click(String selector) {
    driver.findElement(By.cssSelector(selector)).click();
  }

  private static String text(String selector) {
    return driver.findElement(By.cssSelector(selector)).getText();
  }

  /** The newest history row: who, action, entry id, then each line of what changed. */
  private static List<String> latestChange() {
    WebElement row = driver.findElement(By.cssSelector(".pmo-history-table tbody tr"));
    List<String> shown = new ArrayList<>();
    shown.add(row.findElement(By.cssSelector(".pmo-change-actor")).getText());
    shown.add(row.findElement(By.cssSelector(".pmo-change-action")).getText());
    shown.add(row.findElement(By.cssSelector(".pmo-change-what code")).getText());
    for (WebElement line : row.findElements(By.cssSelector(".pmo-change-lines li"))) {
      shown.add(line.getText());
    }
    return shown;
  }

  /**
   * Severe console entries, less Chromium's own note of each 400 answer: a refusal the page shows
   * next to its field is the page working, not a script error.
   */
  private static List<String> scriptErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      boolean severe = entry.getLevel().intValue() >= Level.SEVERE.intValue();
      boolean refusal = entry.getMessage().contains("the server responded with a status of 400");
      if (severe && !refusal) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }
}
