package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.server.PreviewServer;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.testing.SampleGadgetData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview's dashboard in a real browser, on the embedded sample portfolio: six gadgets with
 * their charts, no script errors, CSV downloads that parse, settings that apply, readable from 320
 * to 1,200 px, and a brief that prints on one page. Screenshots go to target/screenshots/.
 */
class DashboardBrowserIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static PreviewServer server;

  /** The preview's dashboard of this data in English, with the screenshots' folder ready. */
  static PreviewServer serveInEnglish(GadgetData data) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    return PreviewServer.start(
        0,
        data,
        Messages.forLocale(Locale.ENGLISH),
        Locale.ENGLISH,
        "the embedded sample portfolio");
  }

  @BeforeAll
  static void serveTheSample() throws Exception {
    server = serveInEnglish(SampleGadgetData.standard());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ChromeDriver openDashboard(int width) throws Exception {
    ChromeDriver driver = ChromiumSession.start(width, 1000);
    driver.get(server.uri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-pmo-loaded")));
    return driver;
  }

  @Test
  void showsSixGadgetsWithChartsAndNoScriptErrors() throws Exception {
    ChromeDriver driver = openDashboard(1280);
    try {
      List<WebElement> items = driver.findElements(By.cssSelector(".pmo-dashboard-item"));
      assertThat(items).hasSize(Gadget.values().length);
      for (WebElement item : items) {
        String id = item.getAttribute("data-gadget");
        assertThat(item.findElements(By.cssSelector(".pmo-gadget"))).as(id).hasSize(1);
        assertThat(item.findElements(By.cssSelector(".pmo-empty"))).as(id).isEmpty();
        Files.write(
            SCREENSHOTS.resolve("gadget-" + id + "-1280.png"),
            item.getScreenshotAs(OutputType.BYTES));
      }
      for (String charted : List.of("lessons", "scorecard", "predictability")) {
        assertThat(
                driver.findElements(
                    By.cssSelector("[data-gadget='" + charted + "'] .pmo-gadget svg[role='img']")))
            .as(charted)
            .isNotEmpty();
      }
      assertThat(severe(driver)).isEmpty();
    } finally {
      driver.quit();
    }
  }

  @Test
  void offersCsvDownloadsThatParse() throws Exception {
    ChromeDriver driver = openDashboard(1280);
    try {
      List<String> hrefs = new ArrayList<>();
      for (WebElement link : driver.findElements(By.cssSelector(".pmo-downloads a[download]"))) {
        hrefs.add(link.getAttribute("href"));
      }
      assertThat(hrefs).hasSizeGreaterThanOrEqualTo(Gadget.values().length);
      HttpClient http = HttpClient.newHttpClient();
      for (String href : hrefs) {
        HttpResponse<String> csv =
            http.send(
                HttpRequest.newBuilder(URI.create(href)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).as(href).isEqualTo(200);
        // Comment lines head the table: what its figures rest on, skipped by CSV readers.
        assertThat(csv.body()).as(href).startsWith("# Data to ");
        String table =
            csv.body()
                .lines()
                .dropWhile(line -> line.startsWith("# "))
                .collect(java.util.stream.Collectors.joining("\r\n", "", "\r\n"));
        List<List<String>> rows = Csv.parse(table);
        assertThat(rows).as(href).isNotEmpty();
        int width = rows.get(0).size();
        assertThat(rows).as(href).allSatisfy(row -> assertThat(row).hasSize(width));
      }
    } finally {
      driver.quit();
    }
  }

  @Test
  void appliesAGadgetsSettings() throws Exception {
    ChromeDriver driver = openDashboard(1280);
    try {
      WebElement lessons = driver.findElement(By.cssSelector("[data-gadget='lessons']"));
      lessons.findElement(By.cssSelector(".pmo-configure")).click();
      new Select(lessons.findElement(By.cssSelector(".pmo-settings select")))
          .selectByVisibleText("Delivered");
      lessons.findElement(By.cssSelector(".pmo-settings button[type='submit']")).click();
      // The gadget's body is replaced when it reloads: an element read mid-swap goes stale.
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  lessons
                      .findElement(By.cssSelector(".pmo-summary"))
                      .getText()
                      .contains("Delivered"));
      assertThat(severe(driver)).isEmpty();
    } finally {
      driver.quit();
    }
  }

  @Test
  void staysReadableAt320PixelsWithoutSidewaysScrolling() throws Exception {
    ChromeDriver driver = openDashboard(320);
    try {
      Number pageWidth =
          (Number) driver.executeScript("return document.documentElement.scrollWidth;");
      Number viewport = (Number) driver.executeScript("return window.innerWidth;");
      assertThat(pageWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
      for (WebElement gadget : driver.findElements(By.cssSelector(".pmo-gadget"))) {
        Number overflow =
            (Number)
                driver.executeScript(
                    "return arguments[0].scrollWidth - arguments[0].clientWidth;", gadget);
        assertThat(overflow.intValue())
            .as(gadget.getAttribute("data-gadget"))
            .isLessThanOrEqualTo(1);
        Files.write(
            SCREENSHOTS.resolve("gadget-" + gadget.getAttribute("data-gadget") + "-320.png"),
            gadget.getScreenshotAs(OutputType.BYTES));
      }
    } finally {
      driver.quit();
    }
  }

  @Test
  void printsTheBriefOnExactlyOnePageOfA4AndOfLetter() throws Exception {
    ChromeDriver driver = ChromiumSession.start(1280, 1000);
    try {
      driver.get(server.uri().resolve("/brief").toString());
      for (PageSize size : List.of(new PageSize(29.7, 21.0), new PageSize(27.94, 21.59))) {
        PrintOptions print = new PrintOptions();
        print.setPageSize(size);
        print.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
        String name = size.getHeight() > 28 ? "brief-a4.pdf" : "brief-letter.pdf";
        Files.write(SCREENSHOTS.resolve(name), pdf);
        assertThat(pageCount(pdf)).as(name).isEqualTo(1);
      }
      Files.write(SCREENSHOTS.resolve("brief.png"), driver.getScreenshotAs(OutputType.BYTES));
      assertThat(severe(driver)).isEmpty();
    } finally {
      driver.quit();
    }
  }

  /** Pages of a PDF as its page tree counts them (Chromium writes the tree uncompressed). */
  static int pageCount(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher count = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)").matcher(text);
    if (count.find()) {
      return Integer.parseInt(count.group(1));
    }
    Matcher pages = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(text);
    int n = 0;
    while (pages.find()) {
      n++;
    }
    return n;
  }

  private static List<String> severe(ChromeDriver driver) {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }
}
