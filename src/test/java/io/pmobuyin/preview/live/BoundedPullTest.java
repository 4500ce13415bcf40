package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pmobuyin.preview.live.FakeJira.Reply;
import io.pmobuyin.preview.live.JiraPullException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A server that would keep a pull going for ever cannot: pages that repeat, a total that lies,
 * change histories that never end, an answer that never ends. What was pulled is kept, and the
 * early stop is told.
 */
class BoundedPullTest extends HostileJiraTest {

  @Test
  void stopsAtAPageThatRepeatsThePageBefore() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      // startAt ignored: the same two issues, and a total that promises a million.
      List<String> same = List.of(JiraJson.issue("ABC-1", 1, 1), JiraJson.issue("ABC-2", 1, 1));
      jira.answer(
          "/rest/api/2/search", asked -> Reply.json(JiraJson.searchPage(0, 2, 1_000_000, same)));

      PullResult result = pull(jira);

      assertThat(result.pages()).isEqualTo(1);
      assertThat(result.issues()).isEqualTo(2);
      assertThat(jira.asked("/rest/api/2/search")).hasSize(2);
      assertThat(told.stops).containsExactly(EarlyStop.REPEATED_PAGE + " 2 ");
      assertThat(WrittenPages.files(dir)).hasSize(1);
    }
  }

  @Test
  void stopsPastWhatTheFirstTotalPromisedWithItsMargin() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      // New issues on every page, for ever, under a total that keeps a page ahead of the pull.
      jira.answer(
          "/rest/api/2/search",
          asked -> {
            int startAt = asked.intParam("startAt");
            List<String> page = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
              page.add(JiraJson.issue("ABC-" + (startAt + i), 1, 1));
            }
            return Reply.json(JiraJson.searchPage(startAt, 100, startAt + 200, page));
          });

      PullResult result = pull(jira);

      // The first page promised 200; the margin allows 1,000 more.
      assertThat(result.issues()).isEqualTo(200 + PullRun.margin(200));
      assertThat(told.stops).containsExactly(EarlyStop.BEYOND_TOTAL + " 1200 ");
    }
  }

  @Test
  void keepsTheFirstEntriesOfAChangeHistoryThatRepeatsForEver() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      jira.servesSearch(
          List.of(JiraJson.issue("ABC-1", 2, 1_000_000_000), JiraJson.issue("ABC-2", 1, 1)), 50);
      List<String> first = JiraJson.histories("ABC-1", 100);
      jira.answer(
          "/rest/api/2/issue/ABC-1/changelog",
          asked -> Reply.json(JiraJson.changelogPage(0, 100, 1_000_000_000, first)));

      PullResult result = pull(jira);

      assertThat(result.issues()).isEqualTo(2);
      assertThat(jira.asked("/rest/api/2/issue/ABC-1/changelog")).hasSize(2);
      assertThat(told.stops).containsExactly(EarlyStop.ENDLESS_HISTORY + " 0 ABC-1");
      assertThat(WrittenPages.allText(dir)).contains("\"id\":\"1099\"");
    }
  }

  @Test
  void stopsAChangeHistoryOfEverNewEntriesAtTheMostAnyIssueHolds() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      jira.servesSearch(List.of(JiraJson.issue("ABC-1", 1, Integer.MAX_VALUE)), 50);
      jira.answer(
          "/rest/api/2/issue/ABC-1/changelog",
          asked -> {
            int startAt = asked.intParam("startAt");
            return Reply.json(
                JiraJson.changelogPage(startAt, 100, Integer.MAX_VALUE, entries(startAt, 100)));
          });

      new JiraPull(FakeJira.client(), told)
          .keepingHistoriesUpTo(1_000)
          .download(request(jira.baseUrl()), dir, told);

      assertThat(jira.asked("/rest/api/2/issue/ABC-1/changelog")).hasSize(10);
      assertThat(told.stops).containsExactly(EarlyStop.ENDLESS_HISTORY + " 0 ABC-1");
    }
  }

  @Test
  void refusesAnAnswerThatGoesOnPastTheLargestKept() {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer("/rest/api/2/search", asked -> Reply.json("{\"issues\":[" + "0,".repeat(50_000)));

      JiraPullException e =
          catchThrowableOfType(
              JiraPullException.class,
              () ->
                  new JiraPull(FakeJira.client(), told)
                      .keepingAnswersUpTo(64 * 1024)
                      .download(request(jira.baseUrl()), dir, told));

      assertThat(e.toString()).doesNotContain(PAT);
      assertThat(e.reason()).isEqualTo(Reason.NOT_JIRA);
      assertThat(e.detail()).isEqualTo("an answer larger than 1 MB");
    }
  }

  private PullResult pull(FakeJira jira) throws Exception {
    return new JiraPull(FakeJira.client(), told).download(request(jira.baseUrl()), dir, told);
  }

  /** Change history entries with ids from {@code from}, none seen before. */
  private static List<String> entries(int from, int n) {
    return IntStream.range(from, from + n)
        .mapToObj(
            i ->
                "{\"id\":\"e" + i + "\",\"created\":\"2024-01-03T10:00:00.000+0000\",\"items\":[]}")
        .toList();
  }
}
