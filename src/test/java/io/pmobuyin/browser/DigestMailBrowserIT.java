package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.preview.render.PreviewTexts;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.drill.IssueNavigatorLinks;
import io.pmobuyin.report.mail.BriefDigestComposer;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.scope.ProjectLeadership;
import io.pmobuyin.testing.HostileData;
import io.pmobuyin.testing.SampleGadgetData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * The regular report's HTML part as a mail reader with a browser engine shows it, at a mail
 * window's width (640 px) and a phone's (375 px): nothing wider than the window, the links there,
 * hostile names as text, no script run. Screenshots of the whole message go to target/screenshots/.
 */
class DigestMailBrowserIT {

  private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
  private static final DigestLinks LINKS =
      new DigestLinks(
          "https://jira.example.com/secure/Dashboard.jspa",
          "https://jira.example.com/plugins/servlet/pmo-buyin/unsubscribe?token=t");

  @TempDir Path temp;

  private Path message(GadgetData data, String name) throws Exception {
    String html =
        new BriefDigestComposer(new PreviewTemplates(MESSAGES))
            .compose(
                data.input(
                    GadgetQuery.everything(), new PreviewTexts(MESSAGES, Locale.ENGLISH), ""),
                LINKS)
            .html();
    Path file = temp.resolve(name + ".html");
    Files.writeString(file, html);
    return file;
  }

  /** Opens the message, checks it fits, and saves a screenshot of all of it. */
  private static ChromeDriver open(Path file, int width, String shot) throws Exception {
    ChromeDriver driver = ChromiumSession.start(width, 800);
    driver.get(file.toUri().toString());
    Number scrollWidth =
        (Number) driver.executeScript("return document.documentElement.scrollWidth");
    Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
    assertThat(scrollWidth.intValue())
        .as("wider than the window")
        .isLessThanOrEqualTo(innerWidth.intValue());
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(width, height.intValue() + 140));
    Files.createDirectories(DashboardBrowserIT.SCREENSHOTS);
    Files.write(
        DashboardBrowserIT.SCREENSHOTS.resolve(shot), driver.getScreenshotAs(OutputType.BYTES));
    return driver;
  }

  @Test
  void showsTheSamplesReportAtAMailWindowsAndAPhonesWidth() throws Exception {
    Path file = message(SampleGadgetData.standard(), "sample");
    for (int width : List.of(640, 375)) {
      ChromeDriver driver = open(file, width, "digest-mail-" + width + ".png");
      try {
        assertThat(driver.findElement(By.tagName("h1")).getText())
            .isEqualTo("The case for the PMO");
        assertThat(
                driver.findElements(By.cssSelector("a[href='" + LINKS.dashboard() + "']")).size())
            .isGreaterThanOrEqualTo(2);
        assertThat(driver.findElement(By.linkText("Unsubscribe")).getDomAttribute("href"))
            .isEqualTo(LINKS.unsubscribe());
        assertThat(driver.findElements(By.tagName("li"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).isEmpty();
      } finally {
        driver.quit();
      }
    }
  }

  /**
   * The sample's report as the sponsor of its newest project closed since the PMO started receives
   * it: their wins come first, each share opening its issues.
   */
  @Test
  void showsASponsorTheirProjectsWinsAtAMailWindowsAndAPhonesWidth() throws Exception {
    GadgetData data = SampleGadgetData.standard();
    GadgetInput input =
        data.input(GadgetQuery.everything(), new PreviewTexts(MESSAGES, Locale.ENGLISH), "")
            .withDrill(new IssueNavigatorLinks("https://jira.example.com", key -> true));
    LocalDate start = data.report().settings().pmoStart();
    ProjectSection newest =
        data.report().projects().stream()
            .filter(p -> !p.closed().isBefore(start))
            .filter(p -> input.leadership().of(p.key()).map(ProjectLeadership::sponsor).isPresent())
            .max(Comparator.comparing(ProjectSection::closed))
            .orElseThrow();
    String sponsor = input.leadership().of(newest.key()).orElseThrow().sponsor();
    Set<String> theirs =
        input.leadership().projects().stream()
            .filter(p -> sponsor.equals(p.sponsor()))
            .map(ProjectLeadership::projectKey)
            .collect(Collectors.toSet());
    Path file = temp.resolve("sponsor.html");
    Files.writeString(
        file,
        new BriefDigestComposer(new PreviewTemplates(MESSAGES))
            .compose(input, LINKS, theirs)
            .html());
    for (int width : List.of(640, 375)) {
      ChromeDriver driver = open(file, width, "digest-mail-sponsor-" + width + ".png");
      try {
        assertThat(driver.findElements(By.tagName("h2")).get(0).getText())
            .isEqualTo("Your projects\u2019 wins");
        assertThat(driver.findElement(By.tagName("body")).getText())
            .contains(newest.name())
            .contains("in projects closed before the PMO")
            .doesNotContain(sponsor);
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).isEmpty();
      } finally {
        driver.quit();
      }
    }
  }

  @Test
  void showsHostileNamesAsTheirTextAndRunsNothing() throws Exception {
    ChromeDriver driver =
        open(message(HostileData.create(), "hostile"), 640, "digest-mail-hostile.png");
    try {
      assertThat(driver.findElement(By.tagName("body")).getText())
          .contains(HostileData.SCRIPT + "ABC", HostileData.IMAGE);
      assertThat(driver.findElements(By.tagName("script"))).isEmpty();
      assertThat(driver.findElements(By.tagName("img"))).isEmpty();
      assertThat(driver.findElements(By.tagName("svg"))).isEmpty();
    } finally {
      driver.quit();
    }
  }
}
