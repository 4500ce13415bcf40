package io.pmobuyin.jira.digest;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.drill.DrillLink;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.testing.MapPluginSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraDigestLinksTest {

  private final ApplicationProperties application = mock(ApplicationProperties.class);
  private final SettingsDigestStore store =
      new SettingsDigestStore(
          MapPluginSettings.over(new HashMap<>()), new io.pmobuyin.testing.LocalClusterLocks());
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

  @Test
  void numbersInTheMailOpenTheNavigatorUnderTheCanonicalBaseUrlOverBrowsableProjectsOnly() {
    when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example/jira/");
    PatternId slip = PatternId.SCHEDULE_SLIP;

    List<DrillLink> found =
        links
            .drill(project -> project.equals("OPEN"))
            .pattern(
                slip,
                List.of(
                    aProject("OPEN").pattern(slip, 2, 10).build(),
                    aProject("SHUT").pattern(slip, 3, 10).build()),
                GadgetQuery.everything());

    assertThat(found).hasSize(1);
    assertThat(found.get(0).url()).startsWith("https://jira.example/jira/issues/?jql=");
    String jql = URLDecoder.decode(found.get(0).url(), StandardCharsets.UTF_8);
    assertThat(jql).contains("OPEN-1").contains("OPEN-2").doesNotContain("SHUT");
  }
}
