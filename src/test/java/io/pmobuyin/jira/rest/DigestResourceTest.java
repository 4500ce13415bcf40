package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.jira.digest.JiraDigestAudiences;
import io.pmobuyin.jira.digest.JiraMailQueueOutbox;
import io.pmobuyin.jira.digest.SettingsDigestStore;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.run.digest.DigestSender;
import io.pmobuyin.testing.AppSettingsBuilder;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.BundleTexts;
import io.pmobuyin.testing.InMemoryOptOuts;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.JiraBrowsing;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.MapPluginSettings;
import io.pmobuyin.testing.SampleGadgetData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DigestResourceTest {

  private final UserManager sal = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final SettingsDigestStore store =
      new SettingsDigestStore(
          MapPluginSettings.over(new HashMap<>()), new io.pmobuyin.testing.LocalClusterLocks());
  private final MailQueue queue = mock(MailQueue.class);
  private final MailServerManager servers = mock(MailServerManager.class);
  private final JiraPeople people = new JiraPeople().active("admin", "Admin").group("pmo");
  private final JiraBrowsing jira =
      new JiraBrowsing()
          .projects(SampleGadgetData.standard().report().projects().get(0).key())
          .browses("admin", SampleGadgetData.standard().report().projects().get(0).key());
  private final DigestResource resource =
      new DigestResource(
          new RequestAccess(sal),
          new RestErrors(BundleI18nResolver.create()),
          store,
          new DigestSender(
              new JiraDigestAudiences(
                  people.groupManager(),
                  people.userManager(),
                  jira.projectManager(),
                  jira.permissionManager()),
              new InMemoryOptOuts(),
              (input, links) ->
                  new DigestMessage(
                      "Report", "<p>" + input.selection().projects().size() + "</p>", "t"),
              BundleTexts::new,
              (user, subscription) -> new DigestLinks("https://j/d", "https://j/u"),
              new JiraMailQueueOutbox(queue, servers)),
          () -> Optional.of(SampleGadgetData.standard()),
          InMemorySettingsStore.holding(
              AppSettingsBuilder.appSettings().zone("Europe/Berlin").build()),
          people.groupManager(),
          // Wednesday 4 March 2026, noon in Berlin
          Clock.fixed(Instant.parse("2026-03-04T11:00:00Z"), ZoneOffset.UTC));

  @BeforeEach
  void anAdminWritingJson() {
    UserKey admin = new UserKey("admin");
    when(sal.getRemoteUserKey()).thenReturn(admin);
    when(sal.isAdmin(admin)).thenReturn(true);
    when(request.getContentType()).thenReturn("application/json");
  }

  private static DigestFormDto weekly(String group) {
    return new DigestFormDto("group", group, "weekly", "MONDAY", null, "8");
  }

  @Test
  void aNewSubscriptionIsListedWithItsWordsAndNextSendInTheSettingsZone() {
    Response added = resource.add(request, weekly("pmo"));

    assertThat(added.getStatus()).isEqualTo(200);
    DigestSubscriptionDto row = ((DigestOverviewDto) added.getEntity()).subscriptions().get(0);
    assertThat(row.summary())
        .isEqualTo("Every Monday at 08:00 (Europe/Berlin) to members of the group \"pmo\"");
    assertThat(row.next()).isEqualTo("Mon 9 Mar 2026, 08:00 CET");
    assertThat(row.lastSent()).isNull();
    assertThat(((DigestOverviewDto) added.getEntity()).zone()).isEqualTo("Europe/Berlin");
  }

  @Test
  void aFormWithMistakesIsRefusedFieldByFieldAndNothingSaved() {
    Response refused =
        resource.add(request, new DigestFormDto("group", "pmo", "monthly", null, "40", "25"));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(((FieldErrorsDto) refused.getEntity()).fieldErrors())
        .containsOnlyKeys("day", "hour");
    assertThat(store.subscriptions()).isEmpty();
  }

  @Test
  void aGroupJiraDoesNotKnowIsRefused() {
    Response refused = resource.add(request, weekly("<b>nobody</b>"));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(((FieldErrorsDto) refused.getEntity()).fieldErrors().get("group"))
        .isEqualTo("Jira has no group called \"<b>nobody</b>\".");
    assertThat(store.subscriptions()).isEmpty();
  }

  @Test
  void aChangeKeepsTheSubscriptionsIdAndCreationAndARemovalTakesItAway() {
    resource.add(request, weekly("pmo"));
    String id = store.subscriptions().get(0).id();
    Instant created = store.subscriptions().get(0).created();

    resource.change(
        request, id, new DigestFormDto("sponsors", null, "after-run", null, null, null));

    assertThat(store.subscriptions().get(0).id()).isEqualTo(id);
    assertThat(store.subscriptions().get(0).created()).isEqualTo(created);
    DigestSubscriptionDto changed =
        ((DigestOverviewDto) resource.overview(request).getEntity()).subscriptions().get(0);
    assertThat(changed.cadence()).isEqualTo("after-run");
    assertThat(changed.audience()).isEqualTo("sponsors");
    assertThat(changed.hour()).isNull();
    assertThat(resource.remove(request, id).getStatus()).isEqualTo(200);
    assertThat(store.subscriptions()).isEmpty();
    assertThat(resource.remove(request, id).getStatus()).isEqualTo(404);
  }

  @Test
  void saysWhenJiraWillSendNothing() {
    DigestOverviewDto off = (DigestOverviewDto) resource.overview(request).getEntity();
    when(servers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));
    DigestOverviewDto on = (DigestOverviewDto) resource.overview(request).getEntity();

    assertThat(off.mail()).isEqualTo("no-server");
    assertThat(off.mailNotice()).contains("nothing will be sent");
    assertThat(on.mail()).isEqualTo("on");
    assertThat(on.mailNotice()).isNull();
  }

  @Test
  void aTestGoesToTheAdminsOwnAddressOverWhatTheyMayBrowse() {
    when(servers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));

    DigestTestDto test = (DigestTestDto) resource.test(request).getEntity();

    assertThat(test.queued()).isTrue();
    ArgumentCaptor<SingleMailQueueItem> item = ArgumentCaptor.forClass(SingleMailQueueItem.class);
    verify(queue).addItem(item.capture());
    assertThat(item.getValue().stubEmail().getTo()).isEqualTo("admin@example.com");
    // The admin may browse one project of the sample: the whole portfolio is not theirs to mail.
    assertThat(item.getValue().stubEmail().getBody()).isEqualTo("<p>1</p>");
  }

  @Test
  void aTestWhileMailIsOffSaysSoAndQueuesNothing() {
    DigestTestDto test = (DigestTestDto) resource.test(request).getEntity();

    assertThat(test.queued()).isFalse();
    assertThat(test.message()).contains("no outgoing (SMTP) mail server");
    verify(queue, org.mockito.Mockito.never()).addItem(any());
  }

  @Test
  void thePreviewIsTheMessageATestWouldSendReadableWithMailOff() {
    Response html = resource.preview(request, null);
    Response text = resource.preview(request, "text");

    assertThat(html.getStatus()).isEqualTo(200);
    assertThat(html.getMediaType().toString()).startsWith("text/html");
    // over the one project the admin may browse, as the test message
    assertThat(html.getEntity()).isEqualTo("<p>1</p>");
    assertThat(html.getHeaderString("Content-Security-Policy")).startsWith("default-src 'none'");
    assertThat(text.getMediaType().toString()).startsWith("text/plain");
    assertThat(text.getEntity()).isEqualTo("t");
    verify(queue, org.mockito.Mockito.never()).addItem(any());
  }

  @Test
  void thePreviewSaysWhyWhenTheAdminMayBrowseNoneOfTheReportsProjects() {
    UserKey other = new UserKey("other");
    people.active("other", "Other Admin");
    when(sal.getRemoteUserKey()).thenReturn(other);
    when(sal.isAdmin(other)).thenReturn(true);

    Response preview = resource.preview(request, null);

    assertThat(preview.getStatus()).isEqualTo(404);
    assertThat(preview.getMediaType().toString()).startsWith("text/plain");
    assertThat((String) preview.getEntity()).isNotBlank().doesNotContain("pmobuyin.");
  }
}
