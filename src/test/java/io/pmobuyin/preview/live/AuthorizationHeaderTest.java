package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorizationHeaderTest {

  @TempDir Path dir;

  @Test
  void aPersonalAccessTokenGoesAsBearerOnEveryRequest() throws Exception {
    try (FakeJira jira = jiraWithOneShortChangelog()) {
      pull(jira, "NjQ2MDU4OTk1NjMwOrandomPat");

      assertThat(jira.asked())
          .hasSize(2)
          .allSatisfy(
              a -> {
                assertThat(a.header("Authorization"))
                    .isEqualTo("Bearer NjQ2MDU4OTk1NjMwOrandomPat");
                assertThat(a.header("Accept")).isEqualTo("application/json");
              });
    }
  }

  @Test
  void anEmailAndApiTokenGoAsBasic() throws Exception {
    try (FakeJira jira = jiraWithOneShortChangelog()) {
      pull(jira, "someone@example.com:ATATT3xFfGF0token");

      String expected =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      "someone@example.com:ATATT3xFfGF0token".getBytes(StandardCharsets.UTF_8));
      assertThat(jira.asked())
          .hasSize(2)
          .allSatisfy(a -> assertThat(a.header("Authorization")).isEqualTo(expected));
    }
  }

  private void pull(FakeJira jira, String token) throws Exception {
    new RecordedProgress()
        .pull()
        .download(new PullRequest(jira.baseUrl(), token, null, 0), dir, null);
  }

  private static FakeJira jiraWithOneShortChangelog() {
    return FakeJira.start()
        .servesSearch(List.of(JiraJson.issue("ABC-1", 1, 2)), 1000)
        .servesChangelog("ABC-1", JiraJson.histories("ABC-1", 2), 100);
  }
}
