package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.preview.live.FakeJira.Reply;
import io.pmobuyin.preview.live.JiraPullException.Reason;
import io.pmobuyin.preview.live.RecordedProgress.Retry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryTest {

  private static final String SEARCH = "/rest/api/2/search";

  @TempDir Path dir;

  private final RecordedProgress told = new RecordedProgress();

  @Test
  void waitsAsLongAsRetryAfterSaysAfterA429() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      jira.answerInTurn(
          SEARCH,
          Reply.status(429, "{}").withHeader("Retry-After", "7"),
          Reply.json(JiraJson.searchPage(0, 100, 1, JiraJson.issues(1))));

      PullResult result = told.pull().download(request(jira), dir, told);

      assertThat(result.issues()).isEqualTo(1);
      assertThat(told.sleeps).containsExactly(Duration.ofSeconds(7));
      assertThat(told.retries).containsExactly(new Retry(2, 429, Duration.ofSeconds(7)));
      assertThat(jira.asked(SEARCH)).hasSize(2);
    }
  }

  @Test
  void givesUpAfterSixAttemptsWaitingLongerEachTime() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(SEARCH, asked -> Reply.status(503, "<html>Service Unavailable</html>"));

      assertThatThrownBy(() -> told.pull().download(request(jira), dir, told))
          .isInstanceOfSatisfying(
              JiraPullException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.GAVE_UP);
                assertThat(e.status()).isEqualTo(503);
              });
      assertThat(jira.asked(SEARCH)).hasSize(JiraPull.MAX_ATTEMPTS);
      assertThat(told.sleeps).hasSize(5);
      long[] seconds = {1, 2, 4, 8, 16};
      for (int i = 0; i < seconds.length; i++) {
        // Up to a tenth more, at random.
        assertThat(told.sleeps.get(i).toMillis()).isBetween(seconds[i] * 1000, seconds[i] * 1100);
      }
      assertThat(told.retries).extracting(Retry::attempt).containsExactly(2, 3, 4, 5, 6);
    }
  }

  @Test
  void triesAgainWhenTheConnectionBreaks() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      // The JDK's client makes a GET again once by itself when a connection dies unanswered.
      jira.answerInTurn(
          SEARCH,
          Reply.hangUp(),
          Reply.hangUp(),
          Reply.hangUp(),
          Reply.hangUp(),
          Reply.json(JiraJson.searchPage(0, 100, 2, JiraJson.issues(2))));

      PullResult result = told.pull().download(request(jira), dir, told);

      assertThat(result.issues()).isEqualTo(2);
      assertThat(told.unanswered).isNotEmpty().allSatisfy(u -> assertThat(u).endsWith("BROKEN"));
      assertThat(told.retries).isEmpty();
    }
  }

  @Test
  void doesNotRetryARefusedToken() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(SEARCH, asked -> Reply.status(401, JiraJson.errors("You are not authenticated")));

      assertThatThrownBy(() -> told.pull().download(request(jira), dir, told))
          .isInstanceOfSatisfying(
              JiraPullException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED);
                assertThat(e.status()).isEqualTo(401);
              });
      assertThat(jira.asked(SEARCH)).hasSize(1);
      assertThat(told.sleeps).isEmpty();
    }
  }

  @Test
  void anInterruptionDuringAWaitEndsThePull() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(SEARCH, asked -> Reply.status(502, ""));
      JiraPull pull =
          new JiraPull(
              FakeJira.client(),
              wait -> {
                throw new InterruptedException();
              });

      assertThatThrownBy(() -> pull.download(request(jira), dir, null))
          .isInstanceOf(InterruptedException.class);
      assertThat(jira.asked(SEARCH)).hasSize(1);
    }
  }

  private static PullRequest request(FakeJira jira) {
    return new PullRequest(jira.baseUrl(), "pat", null, 0);
  }
}
