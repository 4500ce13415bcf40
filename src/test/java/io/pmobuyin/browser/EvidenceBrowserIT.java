package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.preview.server.PreviewServer;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.testing.SampleGadgetData;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Numbers that open their issues, in a real browser on the sample portfolio: a pattern's count on
 * the lessons gadget opens the evidence page, which lists exactly the keys the report holds for
 * that pattern in the gadget's projects, and leads back; a quarter's link on the predictability
 * gadget lists the projects closed in it. Screenshots go to target/screenshots/.
 */
class EvidenceBrowserIT {

  private static final Path SCREENSHOTS = DashboardBrowserIT.SCREENSHOTS;

  private static GadgetData data;
  private static PreviewServer server;

  @BeforeAll
  static void serveTheSample() throws Exception {
    data = SampleGadgetData.standard();
    server = DashboardBrowserIT.serveInEnglish(data);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void shoot(TakesScreenshot what, String file) throws Exception {
    Files.write(SCREENSHOTS.resolve(file), what.getScreenshotAs(OutputType.BYTES));
  }

  /** Follows a drill link and waits for the evidence page. */
  private static void openEvidence(ChromeDriver driver, WebElement link) {
    link.click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("pmo-evidence-summary")).isEmpty());
  }

  @Test
  void aPatternsCountOpensAPageListingExactlyItsIssues() throws Exception {
    ChromeDriver driver = openDashboard();
    try {
      WebElement lessons = driver.findElement(By.cssSelector("[data-gadget='lessons']"));
      shoot(lessons, "drill-lessons-gadget.png");
      WebElement count = lessons.findElement(By.cssSelector("tr[data-pattern] a.pmo-drill"));
      PatternId pattern =
          PatternId.valueOf(
              lessons.findElement(By.cssSelector("tr[data-pattern]")).getAttribute("data-pattern"));
      URI href = URI.create(count.getAttribute("href"));
      String shown = count.getText();

      openEvidence(driver, count);

      // thousands of keys: read in one script call, not one WebDriver round trip each
      @SuppressWarnings("unchecked")
      List<String> listed =
          (List<String>)
              driver.executeScript(
                  "return Array.from(document.querySelectorAll('.pmo-evidence-keys li'),"
                      + " li => li.textContent.trim());");
      List<String> expected = keysOf(pattern, query(href));
      assertThat(listed).isNotEmpty().containsExactlyElementsOf(expected);
      assertThat(shown.replace(",", "")).isEqualTo(Integer.toString(expected.size()));
      assertThat(driver.findElement(By.id("pmo-evidence-summary")).getText())
          .startsWith(shown + " issues in ");
      shoot(driver, "drill-evidence-page.png");

      driver.findElement(By.id("pmo-evidence-back")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> !d.findElements(By.cssSelector(".pmo-dashboard-item")).isEmpty());
    } finally {
      driver.quit();
    }
  }

  @Test
  void aQuartersLinkListsTheProjectsClosedInIt() throws Exception {
    ChromeDriver driver = openDashboard();
    try {
      WebElement gadget = driver.findElement(By.cssSelector("[data-gadget='predictability']"));
      shoot(gadget, "drill-predictability-gadget.png");
      WebElement link = gadget.findElement(By.cssSelector(".pmo-drill-list a"));
      URI href = URI.create(link.getAttribute("href"));
      String quarter = query(href).get("quarter");

      openEvidence(driver, link);

      List<String> listed = new ArrayList<>();
      for (WebElement project : driver.findElements(By.cssSelector("[data-project]"))) {
        listed.add(project.getAttribute("data-project"));
      }
      List<String> expected =
          selection(query(href)).everyQuarter().get(quarter).stream()
              .map(ProjectSection::key)
              .toList();
      assertThat(listed).isNotEmpty().containsExactlyElementsOf(expected);
      shoot(driver, "drill-evidence-quarter.png");
    } finally {
      driver.quit();
    }
  }

  private static ChromeDriver openDashboard() throws Exception {
    ChromeDriver driver = ChromiumSession.start(1280, 1000);
    driver.get(server.uri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-pmo-loaded")));
    return driver;
  }

  /**
   * The keys the report holds for the pattern in the projects of the link's settings, project by
   * project as the page groups them.
   */
  private static List<String> keysOf(PatternId pattern, Map<String, String> query) {
    List<String> keys = new ArrayList<>();
    for (ProjectSection project : selection(query).projects()) {
      for (ProjectPattern shown : project.patterns()) {
        if (shown.id() == pattern) {
          keys.addAll(shown.issueKeys().keys());
        }
      }
    }
    return keys;
  }

  private static ProjectSelection selection(Map<String, String> query) {
    PortfolioReport report = data.report();
    return ProjectSelection.of(report, GadgetQuery.of(query.get("category"), query.get("period")));
  }

  private static Map<String, String> query(URI href) {
    Map<String, String> values = new java.util.HashMap<>();
    for (String pair : href.getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      values.put(
          parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
    }
    return values;
  }
}
