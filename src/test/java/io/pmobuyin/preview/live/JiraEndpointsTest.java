package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class JiraEndpointsTest {

  @Test
  void keepsTheContextPathWithOrWithoutATrailingSlash() {
    for (String base :
        new String[] {"https://jira.example.com/jira", "https://jira.example.com/jira/"}) {
      assertThat(new JiraEndpoints(URI.create(base)).changelog("ABC-1", 100, 100))
          .hasToString(
              "https://jira.example.com/jira/rest/api/2/issue/ABC-1/changelog?startAt=100&maxResults=100");
    }
  }

  @Test
  void encodesTheJqlWithoutPlusSigns() {
    URI search =
        new JiraEndpoints(URI.create("https://jira.example.com:8443"))
            .serverSearch("project = \"A&B\" order by key", 200, 50);

    assertThat(search.getRawQuery())
        .isEqualTo(
            "jql=project%20%3D%20%22A%26B%22%20order%20by%20key&startAt=200&maxResults=50"
                + "&expand=changelog%2Cnames&fields=*all");
    assertThat(search.getRawPath()).isEqualTo("/rest/api/2/search");
    assertThat(search.getPort()).isEqualTo(8443);
  }

  @Test
  void cloudSearchPassesTheTokenOnlyAfterTheFirstPage() {
    JiraEndpoints endpoints = new JiraEndpoints(URI.create("https://acme.atlassian.net"));

    assertThat(endpoints.cloudSearch("project = ABC", null, 100).getRawQuery())
        .doesNotContain("nextPageToken");
    assertThat(endpoints.cloudSearch("project = ABC", "Ch8+/=x", 100).getQuery())
        .contains("nextPageToken=Ch8+/=x");
    assertThat(endpoints.cloudSearch("project = ABC", null, 100).getRawPath())
        .isEqualTo("/rest/api/2/search/jql");
  }

  @Test
  void knowsCloudByItsDomain() {
    assertThat(new JiraEndpoints(URI.create("https://acme.atlassian.net")).atlassianCloud())
        .isTrue();
    assertThat(new JiraEndpoints(URI.create("https://ACME.Atlassian.NET/")).atlassianCloud())
        .isTrue();
    assertThat(new JiraEndpoints(URI.create("https://jira.acme.com")).atlassianCloud()).isFalse();
    assertThat(new JiraEndpoints(URI.create("https://atlassian.net.acme.com")).atlassianCloud())
        .isFalse();
  }

  @Test
  void boundsOnlyUnrestrictedJqlForCloud() {
    assertThat(SearchJql.forServer(null)).isEqualTo("order by key");
    assertThat(SearchJql.forServer("  project = ABC ")).isEqualTo("project = ABC");
    assertThat(SearchJql.forCloud(null)).isEqualTo("created >= \"1970-01-01\" order by key");
    assertThat(SearchJql.forCloud("ORDER  BY created DESC"))
        .isEqualTo("created >= \"1970-01-01\" ORDER  BY created DESC");
    assertThat(SearchJql.forCloud("project = ABC order by key"))
        .isEqualTo("project = ABC order by key");
    assertThat(SearchJql.forCloud("orderly = 1")).isEqualTo("orderly = 1");
  }
}
