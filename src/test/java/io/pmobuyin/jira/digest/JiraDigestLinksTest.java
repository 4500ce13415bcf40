package io.pmobuyin.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.testing.MapPluginSettings;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

class JiraDigestLinksTest {

  private final ApplicationProperties application = mock(ApplicationProperties.class);
  private final SettingsDigestStore store =
      new SettingsDigestStore(MapPluginSettings.over(new HashMap<>()));
  private final JiraDigestLinks links = new JiraDigestLinks(application, store);

  @Test
  void pointToTheDashboardAndTheRecipientsOwnUnsubscribePageUnderTheCanonicalBaseUrl() {
    when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example/jira/");

    DigestLinks made = links.links("JIRAUSER1 & co", "s-1");

    assertThat(made.dashboard()).isEqualTo("https://jira.example/jira/secure/Dashboard.jspa");
    assertThat(made.unsubscribe())
        .startsWith(
            "https://jira.example/jira/plugins/servlet/pmo-buyin/unsubscribe?s=s-1&u=JIRAUSER1+%26+co&t=");
    String token = made.unsubscribe().substring(made.unsubscribe().indexOf("&t=") + 3);
    assertThat(links.tokens().valid(token, "JIRAUSER1 & co", "s-1")).isTrue();
    assertThat(links.tokens().valid(token, "JIRAUSER2", "s-1")).isFalse();
  }
}
