package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PullRequestTest {

  private static final URI JIRA = URI.create("https://jira.example.com");

  @Test
  void pageSizeDefaultsToAHundredAndStaysWithinAThousand() {
    assertThat(new PullRequest(JIRA, "pat", null, 0).pageSize()).isEqualTo(100);
    assertThat(new PullRequest(JIRA, "pat", null, -5).pageSize()).isEqualTo(100);
    assertThat(new PullRequest(JIRA, "pat", null, 1).pageSize()).isEqualTo(1);
    assertThat(new PullRequest(JIRA, "pat", null, 5000).pageSize()).isEqualTo(1000);
  }

  @Test
  void blankJqlMeansAllIssues() {
    assertThat(new PullRequest(JIRA, "pat", "  ", 0).jql()).isNull();
    assertThat(new PullRequest(JIRA, "pat", " project = ABC ", 0).jql()).isEqualTo("project = ABC");
  }

  @Test
  void refusesWhatCannotBeJira() {
    assertThatThrownBy(() -> new PullRequest(URI.create("ftp://jira.example.com"), "pat", null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PullRequest(URI.create("jira.example.com"), "pat", null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PullRequest(JIRA, " ", null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
