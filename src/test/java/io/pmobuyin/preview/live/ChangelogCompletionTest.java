package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmobuyin.preview.live.FakeJira.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change histories a search page gives only in part are made whole before the page is written. */
class ChangelogCompletionTest {

  @TempDir Path dir;

  private final RecordedProgress told = new RecordedProgress();

  @Test
  void fetchesTheWholeHistoryPageByPageAndWritesItInstead() throws Exception {
    List<String> issues = List.of(JiraJson.issue("ABC-1", 2, 5), JiraJson.issue("ABC-2", 1, 1));
    try (FakeJira jira =
        FakeJira.start()
            .servesSearch(issues, 1000)
            .servesChangelog("ABC-1", JiraJson.histories("ABC-1", 5), 3)) {

      told.pull().download(new PullRequest(jira.baseUrl(), "pat", null, 0), dir, told);

      assertThat(jira.asked("/rest/api/2/issue/ABC-1/changelog"))
          .extracting(a -> a.intParam("startAt"))
          .containsExactly(0, 3);
      assertThat(jira.asked("/rest/api/2/issue/ABC-2/changelog")).isEmpty();
      Path page = dir.resolve("search-0001.json");
      JsonNode changelog = WrittenPages.issue(page, "ABC-1").get("changelog");
      assertThat(WrittenPages.historyIds(WrittenPages.issue(page, "ABC-1")))
          .containsExactly("1000", "1001", "1002", "1003", "1004");
      assertThat(changelog.get("total").asInt()).isEqualTo(5);
      assertThat(changelog.get("maxResults").asInt()).isEqualTo(5);
      assertThat(changelog.get("startAt").asInt()).isZero();
      assertThat(WrittenPages.historyIds(WrittenPages.issue(page, "ABC-2")))
          .containsExactly("2000");
      // The rest of the page is as Jira sent it.
      assertThat(WrittenPages.page(page).get("names").get("customfield_10020").asText())
          .isEqualTo("Sprint");
      assertThat(WrittenPages.page(page).get("total").asInt()).isEqualTo(2);
      assertThat(WrittenPages.issue(page, "ABC-1").get("fields").get("status").get("name").asText())
          .isEqualTo("Done");
      assertThat(WrittenPages.files(dir)).containsExactly("search-0001.json");
    }
  }

  @Test
  void keepsEntriesThePageHadThatTheEndpointNoLongerGives() throws Exception {
    List<String> all = JiraJson.histories("ABC-1", 4);
    try (FakeJira jira =
        FakeJira.start()
            .servesSearch(List.of(JiraJson.issue("ABC-1", 2, 4)), 1000)
            .servesChangelog("ABC-1", all.subList(1, 4), 100)) {

      told.pull().download(new PullRequest(jira.baseUrl(), "pat", null, 0), dir, told);

      JsonNode issue = WrittenPages.issue(dir.resolve("search-0001.json"), "ABC-1");
      assertThat(WrittenPages.historyIds(issue)).containsExactly("1001", "1002", "1003", "1000");
      assertThat(issue.get("changelog").get("total").asInt()).isEqualTo(4);
    }
  }

  @Test
  void anOldServerWithoutTheEndpointKeepsThePageAsItIsAndIsAskedOnce() throws Exception {
    List<String> issues = List.of(JiraJson.issue("ABC-1", 2, 5), JiraJson.issue("ABC-2", 1, 3));
    try (FakeJira jira = FakeJira.start().servesSearch(issues, 1000)) {

      PullResult result =
          told.pull().download(new PullRequest(jira.baseUrl(), "pat", null, 0), dir, told);

      assertThat(result.issues()).isEqualTo(2);
      assertThat(jira.asked())
          .extracting(FakeJira.Asked::path)
          .containsExactly("/rest/api/2/search", "/rest/api/2/issue/ABC-1/changelog");
      assertThat(Files.readString(dir.resolve("search-0001.json")))
          .isEqualTo(JiraJson.searchPage(0, 100, 2, issues));
    }
  }

  @Test
  void anIssueGoneSinceTheSearchDoesNotStopTheOthersBeingCompleted() throws Exception {
    List<String> issues = List.of(JiraJson.issue("ABC-1", 1, 2), JiraJson.issue("ABC-2", 1, 2));
    try (FakeJira jira =
        FakeJira.start()
            .servesSearch(issues, 1000)
            .servesChangelog("ABC-1", JiraJson.histories("ABC-1", 2), 100)
            .answer(
                "/rest/api/2/issue/ABC-2/changelog",
                asked -> Reply.status(404, JiraJson.errors("Issue does not exist")))) {

      told.pull().download(new PullRequest(jira.baseUrl(), "pat", null, 0), dir, told);

      Path page = dir.resolve("search-0001.json");
      assertThat(WrittenPages.historyIds(WrittenPages.issue(page, "ABC-1"))).hasSize(2);
      assertThat(WrittenPages.historyIds(WrittenPages.issue(page, "ABC-2"))).hasSize(1);
    }
  }
}
