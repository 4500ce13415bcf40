package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.server.PreviewServer;
import io.pmobuyin.testing.SampleGadgetData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The improvement plan in a real browser, on the sample's own actions: the gadget lists each action
 * with its measured effect in words (an improvement, a pattern that did not improve, an action not
 * started and placed by PMO Scope service, one on too few projects), names nobody, and the brief
 * carries the plan one line each. Screenshots: target/screenshots/plan-gadget-1280.png,
 * plan-gadget-320.png, brief-actions.png.
 */
class PlanBrowserIT {

  private static final Path SCREENSHOTS = DashboardBrowserIT.SCREENSHOTS;

  private static PreviewServer server;

  @BeforeAll
  static void serveTheSample() throws Exception {
    server = DashboardBrowserIT.serveInEnglish(SampleGadgetData.standard());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static WebElement planGadget(ChromeDriver driver) {
    driver.get(server.uri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-pmo-loaded")));
    return driver.findElement(By.cssSelector(".pmo-dashboard-item[data-gadget='plan']"));
  }

  @Test
  void showsEachActionWithItsMeasuredEffectAndNamesNobody() throws Exception {
    ChromeDriver driver = ChromiumSession.start(1280, 1000);
    try {
      WebElement gadget = planGadget(driver);
      List<WebElement> rows = gadget.findElements(By.cssSelector("tr[data-action]"));
      assertThat(rows)
          .extracting(row -> row.getDomAttribute("data-action"))
          .containsExactly("PMO-1", "PMO-2", "PMO-3", "PMO-4", "PMO-5");
      assertThat(row(gadget, "PMO-1").findElements(By.cssSelector(".pmo-change.pmo-better")))
          .hasSize(2);
      assertThat(row(gadget, "PMO-3").findElement(By.cssSelector(".pmo-change")).getText())
          .contains("Schedule slip", "No clear change yet", "95% interval");
      assertThat(row(gadget, "PMO-4").getText())
          .contains(
              "Not started yet",
              "Applies to projects where any issue has PMO Scope \u201cResource planning\u201d");
      assertThat(row(gadget, "PMO-5").getText())
          .contains("too few projects yet", "Applies to 4 projects");
      // The preview has no Jira to open an issue in: the key is plain text, not a link.
      assertThat(gadget.findElements(By.cssSelector("a.pmo-key"))).isEmpty();
      String text = gadget.getText();
      assertThat(text).doesNotContain("Assignee", "assignee", "Reporter");
      Files.write(
          SCREENSHOTS.resolve("plan-gadget-1280.png"), gadget.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.quit();
    }
  }

  @Test
  void staysReadableAt320Pixels() throws Exception {
    ChromeDriver driver = ChromiumSession.start(320, 1000);
    try {
      WebElement gadget = planGadget(driver);
      Number overflow =
          (Number)
              driver.executeScript(
                  "var g = arguments[0]; return g.scrollWidth - g.clientWidth;", gadget);
      assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
      Files.write(
          SCREENSHOTS.resolve("plan-gadget-320.png"), gadget.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.quit();
    }
  }

  @Test
  void carriesThePlanIntoTheBriefOneLineEach() throws Exception {
    ChromeDriver driver = ChromiumSession.start(1000, 1400);
    try {
      driver.get(server.uri().resolve("/brief").toString());
      List<WebElement> lines = driver.findElements(By.cssSelector("ul.actions li"));
      // Measured actions first, whatever their verdict; the gadget lists the rest.
      assertThat(lines).hasSize(3);
      assertThat(driver.findElement(By.tagName("main")).getText())
          .contains("\u2026 and 2 more in the Improvement plan gadget.");
      assertThat(lines.get(2).getText())
          .startsWith("PMO-3 Release dates agreed with the delivery team")
          .contains("Schedule slip", "No clear change yet");
      WebElement heading =
          driver.findElement(
              By.xpath("//h2[starts-with(., 'Improvement actions and their measured effect')]"));
      driver.executeScript("arguments[0].scrollIntoView()", heading);
      Files.write(
          SCREENSHOTS.resolve("brief-actions.png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.quit();
    }
  }

  private static WebElement row(WebElement gadget, String key) {
    return gadget.findElement(By.cssSelector("tr[data-action='" + key + "']"));
  }
}
