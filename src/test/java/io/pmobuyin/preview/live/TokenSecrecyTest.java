package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pmobuyin.preview.live.FakeJira.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token reaches Jira and nothing else: not the request's text, not an error, not a file, even
 * where a server echoes what it was sent.
 */
class TokenSecrecyTest {

  private static final String PAT = "pat-S3CRET-0123456789";
  private static final String API_TOKEN = "ATATT-S3CRET-9876543210";
  private static final String CLOUD = "someone@example.com:" + API_TOKEN;
  private static final String BASIC =
      Base64.getEncoder().encodeToString(CLOUD.getBytes(StandardCharsets.UTF_8));

  @TempDir Path dir;

  @Test
  void theRequestsTextMasksTheToken() {
    PullRequest request =
        new PullRequest(java.net.URI.create("https://jira.example.com"), PAT, "project = ABC", 0);

    assertThat(request.toString()).doesNotContain(PAT).contains("token=***", "project = ABC");
    assertThat(new PullRequest(request.baseUrl(), CLOUD, null, 0).toString())
        .doesNotContain(API_TOKEN);
  }

  @Test
  void errorsDoNotRepeatATokenJiraEchoes() {
    assertEchoedTokenMasked(401, PAT, PAT);
    assertEchoedTokenMasked(400, PAT, PAT);
    assertEchoedTokenMasked(503, PAT, PAT);
    assertEchoedTokenMasked(401, CLOUD, API_TOKEN);
    assertEchoedTokenMasked(403, CLOUD, BASIC);
  }

  @Test
  void writtenPagesAndProgressHoldNoToken() throws Exception {
    try (FakeJira jira =
        FakeJira.start()
            .servesSearch(List.of(JiraJson.issue("ABC-1", 1, 2), JiraJson.issue("ABC-2", 1, 1)), 1)
            .servesChangelog("ABC-1", JiraJson.histories("ABC-1", 2), 100)) {
      RecordedProgress told = new RecordedProgress();

      told.pull().download(new PullRequest(jira.baseUrl(), PAT, null, 0), dir, told);

      assertThat(jira.asked().get(0).header("Authorization")).contains(PAT);
      assertThat(WrittenPages.files(dir)).hasSize(2);
      assertThat(WrittenPages.allText(dir)).doesNotContain(PAT);
      assertThat(told.pages.toString() + told.retries).doesNotContain(PAT);
    }
  }

  private void assertEchoedTokenMasked(int status, String token, String echoed) {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(
          "/rest/api/2/search",
          asked -> Reply.status(status, JiraJson.errors("Unexpected credentials " + echoed)));
      RecordedProgress told = new RecordedProgress();

      JiraPullException e =
          catchThrowableOfType(
              JiraPullException.class,
              () ->
                  told.pull().download(new PullRequest(jira.baseUrl(), token, null, 0), dir, told));

      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      assertThat(e.detail()).contains("Unexpected credentials ***");
      assertThat(List.of(e.getMessage(), e.detail(), e.toString(), trace.toString()))
          .allSatisfy(text -> assertThat(text).doesNotContain(API_TOKEN, PAT, BASIC));
    }
  }
}
