package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pmobuyin.preview.live.FakeJira.Asked;
import io.pmobuyin.preview.live.RecordedProgress.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSearchPagingTest {

  @TempDir Path dir;

  @Test
  void pagesByStartAtUntilTheTotalWithAShortLastPage() throws Exception {
    try (FakeJira jira = FakeJira.start().servesSearch(JiraJson.issues(5), 1000)) {
      RecordedProgress told = new RecordedProgress();

      PullResult result =
          told.pull().download(new PullRequest(jira.baseUrl(), "pat", null, 2), dir, told);

      assertThat(result).isEqualTo(new PullResult(3, 5, PullResult.SERVER));
      assertThat(jira.asked("/rest/api/2/search"))
          .extracting(a -> a.intParam("startAt"))
          .containsExactly(0, 2, 4);
      assertThat(WrittenPages.files(dir))
          .containsExactly("search-0001.json", "search-0002.json", "search-0003.json");
      assertThat(WrittenPages.keys(dir.resolve("search-0001.json")))
          .containsExactly("ABC-1", "ABC-2");
      assertThat(WrittenPages.keys(dir.resolve("search-0003.json"))).containsExactly("ABC-5");
      assertThat(told.pages).containsExactly(new Page(2, 5), new Page(4, 5), new Page(5, 5));
    }
  }

  @Test
  void asksForEveryFieldChangelogsAndNamesOfAllIssuesByDefault() throws Exception {
    try (FakeJira jira = FakeJira.start().servesSearch(JiraJson.issues(1), 1000)) {
      new RecordedProgress()
          .pull()
          .download(new PullRequest(jira.baseUrl(), "pat", " ", 0), dir, null);

      Asked asked = jira.asked("/rest/api/2/search").get(0);
      assertThat(asked.param("jql")).isEqualTo("order by key");
      assertThat(asked.param("maxResults")).isEqualTo("100");
      assertThat(asked.param("expand")).isEqualTo("changelog,names");
      assertThat(asked.param("fields")).isEqualTo("*all");
    }
  }

  @Test
  void sendsTheCallersJqlAsItIs() throws Exception {
    try (FakeJira jira = FakeJira.start().servesSearch(JiraJson.issues(1), 1000)) {
      String jql = "project = ABC AND resolution = Done ORDER BY created";
      new RecordedProgress()
          .pull()
          .download(new PullRequest(jira.baseUrl(), "pat", jql, 50), dir, null);

      assertThat(jira.asked("/rest/api/2/search").get(0).param("jql")).isEqualTo(jql);
    }
  }

  @Test
  void movesOnByTheIssuesJiraGaveWhenItGivesFewerThanAsked() throws Exception {
    try (FakeJira jira = FakeJira.start().servesSearch(JiraJson.issues(5), 2)) {
      PullResult result =
          new RecordedProgress()
              .pull()
              .download(new PullRequest(jira.baseUrl(), "pat", null, 3), dir, null);

      assertThat(jira.asked("/rest/api/2/search"))
          .extracting(a -> a.intParam("startAt"), a -> a.intParam("maxResults"))
          .containsExactly(tuple(0, 3), tuple(2, 3), tuple(4, 3));
      assertThat(result.issues()).isEqualTo(5);
    }
  }

  @Test
  void stopsAtAnEmptyPageWhenTheTotalPromisedMore() throws Exception {
    List<String> issues = JiraJson.issues(3);
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(
          "/rest/api/2/search",
          asked -> {
            int startAt = asked.intParam("startAt");
            List<String> page =
                startAt >= 3 ? List.of() : issues.subList(startAt, Math.min(3, startAt + 2));
            // Issues the token may not see still count in the total on some servers.
            return FakeJira.Reply.json(JiraJson.searchPage(startAt, 2, 10, page));
          });

      PullResult result =
          new RecordedProgress()
              .pull()
              .download(new PullRequest(jira.baseUrl(), "pat", null, 2), dir, null);

      assertThat(result).isEqualTo(new PullResult(2, 3, PullResult.SERVER));
      assertThat(WrittenPages.files(dir)).containsExactly("search-0001.json", "search-0002.json");
    }
  }

  @Test
  void anEmptySearchStillWritesOnePage() throws Exception {
    try (FakeJira jira = FakeJira.start().servesSearch(List.of(), 1000)) {
      RecordedProgress told = new RecordedProgress();

      PullResult result =
          told.pull()
              .download(new PullRequest(jira.baseUrl(), "pat", "project = NONE", 0), dir, told);

      assertThat(result).isEqualTo(new PullResult(1, 0, PullResult.SERVER));
      assertThat(WrittenPages.page(dir.resolve("search-0001.json")).get("issues")).isEmpty();
      assertThat(told.pages).containsExactly(new Page(0, 0));
    }
  }
}
