package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.SMTPMailServer;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.testing.AppSettingsBuilder;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin page's regular report section in a real browser over the real template, script and REST
 * resource: the notice while Jira's mail is off, adding and changing a subscription with its next
 * send shown in the settings' zone, a refused form, and "Send a test to me".
 */
class AdminDigestBrowserIT extends AdminPageScenarios {

  private static final String DIGEST = "#pmo-buyin-digest";
  private static final String FORM = DIGEST + " .pmo-digest-form";
  private static final String FIRST_ROW = DIGEST + " .pmo-digest-table tbody tr:first-child";

  @Override
  int shownRefusal() {
    return 400;
  }

  private void openInBerlin() throws Exception {
    AppSettings berlin = AppSettingsBuilder.appSettings().zone("Europe/Berlin").build();
    backend.settings.save(berlin);
    open();
    page.waitUntil(() -> "true".equals(page.find(DIGEST).getDomAttribute("data-pmo-loaded")));
  }

  private void shoot(String name) throws Exception {
    driver.executeScript("arguments[0].scrollIntoView();", page.find(DIGEST));
    Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void whileJiraHasNoMailServerThePanelSaysNothingWillBeSent() throws Exception {
    openInBerlin();

    assertThat(page.text(DIGEST + " .pmo-digest-mail"))
        .isEqualTo(
            "Jira has no outgoing (SMTP) mail server, so nothing will be sent. Set one up under"
                + " Administration, System, Outgoing mail.");
    assertThat(page.text(DIGEST + " .pmo-digest-zone"))
        .isEqualTo("Days and hours are in the time zone of the settings: Europe/Berlin.");
    assertThat(page.text(DIGEST + " .pmo-digest-table tbody"))
        .isEqualTo("No regular report is set up yet. Add one below.");

    new Select(page.field(FORM, "cadence")).selectByValue("monthly");
    page.type(FORM, "day", "31");
    page.type(FORM, "hour", "7");
    page.click(FORM + " .pmo-save");

    page.waitForText(
        FORM + " .pmo-form-message", "Added. It sends at the next time shown in the list.");
    assertThat(page.text(FIRST_ROW + " .pmo-digest-summary"))
        .isEqualTo(
            "On day 31 of every month at 07:00 (Europe/Berlin; the last day in shorter months) to"
                + " the Executive Sponsors of the projects in the report");
    assertThat(page.text(FIRST_ROW + " .pmo-digest-last")).isEqualTo("Not yet");
    shoot("admin-digest-mail-off-1280.png");

    page.click(DIGEST + " .pmo-digest-test-button");
    page.waitUntil(() -> !page.text(DIGEST + " .pmo-digest-test .pmo-form-message").isEmpty());
    assertThat(page.text(DIGEST + " .pmo-digest-test .pmo-form-message"))
        .startsWith("Not sent: Jira has no outgoing (SMTP) mail server.");
    verify(backend.mailQueue, never()).addItem(any());
  }

  @Test
  void withMailOnAWeeklyReportToAGroupAndATestToMe() throws Exception {
    when(backend.mailServers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));
    openInBerlin();
    assertThat(page.text(DIGEST + " .pmo-digest-mail")).isEmpty();
    assertThat(page.shown(FORM + " [name='group']")).isFalse();

    new Select(page.field(FORM, "audience")).selectByValue("group");
    page.waitUntilShown(FORM + " [name='group']");
    page.type(FORM, "group", "no-such-group");
    page.click(FORM + " .pmo-save");
    page.waitForText(
        FORM + " [data-error-for='group']", "Jira has no group called \"no-such-group\".");

    page.type(FORM, "group", AdminRestApi.KNOWN_GROUP);
    new Select(page.field(FORM, "weekday")).selectByValue("FRIDAY");
    page.type(FORM, "hour", "16");
    page.click(FORM + " .pmo-save");
    page.waitForText(
        FIRST_ROW + " .pmo-digest-summary",
        "Every Friday at 16:00 (Europe/Berlin) to members of the group \"executives\"");
    assertThat(page.text(FIRST_ROW + " .pmo-digest-next"))
        .matches("Fri \\d+ \\w+ \\d{4}, 16:00 CES?T");

    page.click(FIRST_ROW + " .pmo-digest-edit");
    assertThat(page.text(FORM + " .pmo-digest-form-title")).isEqualTo("Change the regular report");
    new Select(page.field(FORM, "cadence")).selectByValue("after-run");
    page.click(FORM + " .pmo-save");
    page.waitForText(
        FIRST_ROW + " .pmo-digest-summary",
        "After each successful mining run to members of the group \"executives\"");

    page.click(DIGEST + " .pmo-digest-test-button");
    page.waitUntil(() -> !page.text(DIGEST + " .pmo-digest-test .pmo-form-message").isEmpty());
    assertThat(page.text(DIGEST + " .pmo-digest-test .pmo-form-message"))
        .startsWith("A test message is in Jira mail queue");
    ArgumentCaptor<SingleMailQueueItem> item = ArgumentCaptor.forClass(SingleMailQueueItem.class);
    verify(backend.mailQueue).addItem(item.capture());
    assertThat(item.getValue().stubEmail().getTo()).isEqualTo(AdminRestApi.ADMIN + "@example.com");
    // Reading the message needs no mail: the page links the preview, in a tab of its own.
    var preview = page.find(DIGEST + " .pmo-digest-preview a");
    assertThat(preview.getDomAttribute("href")).endsWith("/rest/pmo-buyin/1.0/digest/preview");
    assertThat(preview.getDomAttribute("target")).isEqualTo("_blank");
    shoot("admin-digest-mail-on-1280.png");
  }
}
