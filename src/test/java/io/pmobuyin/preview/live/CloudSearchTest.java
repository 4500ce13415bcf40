package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.live.FakeJira.Reply;
import io.pmobuyin.preview.live.RecordedProgress.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jira Cloud on a domain of its own: the old search answers 410 Gone, so the pull turns to the
 * enhanced search, paged by token.
 */
class CloudSearchTest {

  private static final String OLD_SEARCH = "/rest/api/2/search";
  private static final String CLOUD_SEARCH = "/rest/api/2/search/jql";

  @TempDir Path dir;

  private final RecordedProgress told = new RecordedProgress();

  @Test
  void followsNextPageTokensUntilTheLastPage() throws Exception {
    List<String> issues = JiraJson.issues(5);
    try (FakeJira jira = cloudJira(issues)) {
      PullResult result =
          told.pull()
              .download(
                  new PullRequest(jira.baseUrl(), "someone@example.com:api", null, 2), dir, told);

      assertThat(result).isEqualTo(new PullResult(3, 5, PullResult.CLOUD));
      assertThat(jira.asked(OLD_SEARCH)).hasSize(1);
      assertThat(jira.asked(CLOUD_SEARCH))
          .extracting(a -> a.param("nextPageToken"))
          .containsExactly(null, "after-2", "after-4");
      assertThat(jira.asked(CLOUD_SEARCH))
          .allSatisfy(
              a -> {
                assertThat(a.param("maxResults")).isEqualTo("2");
                assertThat(a.param("expand")).isEqualTo("changelog,names");
                assertThat(a.param("fields")).isEqualTo("*all");
              });
      assertThat(WrittenPages.keys(dir.resolve("search-0003.json"))).containsExactly("ABC-5");
      assertThat(told.pages).containsExactly(new Page(2, -1), new Page(4, -1), new Page(5, -1));
    }
  }

  @Test
  void boundsTheDefaultSearchAsCloudRequires() throws Exception {
    try (FakeJira jira = cloudJira(JiraJson.issues(1))) {
      told.pull().download(new PullRequest(jira.baseUrl(), "a@b.example:t", null, 0), dir, told);

      assertThat(jira.asked(CLOUD_SEARCH).get(0).param("jql"))
          .isEqualTo("created >= \"1970-01-01\" order by key");
    }
  }

  @Test
  void keepsTheCallersRestrictedJql() throws Exception {
    try (FakeJira jira = cloudJira(JiraJson.issues(1))) {
      String jql = "project = ABC ORDER BY key";
      told.pull().download(new PullRequest(jira.baseUrl(), "a@b.example:t", jql, 0), dir, told);

      assertThat(jira.asked(CLOUD_SEARCH).get(0).param("jql")).isEqualTo(jql);
    }
  }

  @Test
  void aTokenHandedBackUnchangedEndsThePull() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(OLD_SEARCH, asked -> Reply.status(410, ""));
      jira.answer(
          CLOUD_SEARCH, asked -> Reply.json(JiraJson.cloudPage(JiraJson.issues(1), "same", false)));

      PullResult result =
          told.pull()
              .download(new PullRequest(jira.baseUrl(), "a@b.example:t", null, 0), dir, told);

      // The second page, the same issues again, is not written twice.
      assertThat(result.pages()).isEqualTo(1);
      assertThat(jira.asked(CLOUD_SEARCH)).hasSize(2);
    }
  }

  /** Cloud: 410 on the old search; the enhanced one hands out tokens naming the next offset. */
  private static FakeJira cloudJira(List<String> issues) {
    FakeJira jira = FakeJira.start();
    jira.answer(OLD_SEARCH, asked -> Reply.status(410, JiraJson.errors("Gone")));
    jira.answer(
        CLOUD_SEARCH,
        asked -> {
          String token = asked.param("nextPageToken");
          int from = token == null ? 0 : Integer.parseInt(token.substring("after-".length()));
          int to = Math.min(issues.size(), from + asked.intParam("maxResults"));
          String next = to < issues.size() ? "after-" + to : null;
          return Reply.json(JiraJson.cloudPage(issues.subList(from, to), next));
        });
    return jira;
  }
}
