package io.pmobuyin.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Driving the admin page in Chromium for the settings and runs tests: open it and wait until every
 * section has its first answer, find, type and click by CSS selector, wait for what the page's
 * polling brings, and read the console.
 */
final class AdminBrowser {

  private final ChromeDriver driver;

  AdminBrowser(ChromeDriver driver) {
    this.driver = driver;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens the page afresh, its console read empty first. */
  void open(AdminPageServer server) {
    driver.manage().logs().get(LogType.BROWSER);
    reload(server);
  }

  /** The script marks the page once every section has its first answer from the API. */
  void reload(AdminPageServer server) {
    driver.get(server.page().toString());
    waitUntil(
        () ->
            "true"
                .equals(
                    driver
                        .findElement(By.id("pmo-buyin-admin"))
                        .getDomAttribute("data-pmo-loaded")));
  }

  /** Long enough for a few of the page's polls, 2.5 s apart. */
  void waitUntil(BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }

  WebElement waitUntilShown(String selector) {
    waitUntil(() -> find(selector).isDisplayed());
    return find(selector);
  }

  void waitForText(String selector, String text) {
    waitUntil(() -> !all(selector).isEmpty() && find(selector).getText().equals(text));
  }

  WebElement find(String selector) {
    return driver.findElement(By.cssSelector(selector));
  }

  List<WebElement> all(String selector) {
    return driver.findElements(By.cssSelector(selector));
  }

  String text(String selector) {
    return find(selector).getText();
  }

  boolean shown(String selector) {
    return find(selector).isDisplayed();
  }

  /** The control of the form named by a setting's key. */
  WebElement field(String form, String key) {
    return find(form + " [name='" + key + "']");
  }

  /** Types into a visible field, replacing what it held. */
  void type(String form, String key, String text) {
    WebElement input = field(form, key);
    input.clear();
    input.sendKeys(text);
  }

  /** Sets a field whether shown or folded away, as a paste would. */
  void set(String form, String key, String text) {
    driver.executeScript("arguments[0].value = arguments[1];", field(form, key), text);
  }

  void click(String selector) {
    find(selector).click();
  }

  /** The texts of the cells that match, row by row. */
  List<String> texts(String selector) {
    return all(selector).stream().map(WebElement::getText).toList();
  }

  /**
   * Severe console entries, less Chromium's own note of each answer with one of the given statuses:
   * a refusal the page shows to the admin is the page working, not a script error.
   */
  List<String> scriptErrors(int... shownRefusals) {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      boolean severe = entry.getLevel().intValue() >= Level.SEVERE.intValue();
      boolean refusal = false;
      for (int status : shownRefusals) {
        refusal |=
            entry.getMessage().contains("the server responded with a status of " + status + " ");
      }
      if (severe && !refusal) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }
}
