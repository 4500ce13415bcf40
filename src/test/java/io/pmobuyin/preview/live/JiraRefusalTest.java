package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pmobuyin.preview.live.FakeJira.Reply;
import io.pmobuyin.preview.live.JiraPullException.Reason;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers that end a pull at once, each with the reason a caller explains. */
class JiraRefusalTest {

  private static final String SEARCH = "/rest/api/2/search";

  @TempDir Path dir;

  private final RecordedProgress told = new RecordedProgress();

  @Test
  void refusedJqlCarriesJirasMessages() {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(
          SEARCH,
          asked ->
              Reply.status(
                  400,
                  JiraJson.errors(
                      "The value 'NOPE' does not exist for the field 'project'.",
                      "Field 'sprnt' does not exist.")));

      JiraPullException e = pull(jira, "project = NOPE");

      assertThat(e.reason()).isEqualTo(Reason.BAD_JQL);
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.detail())
          .isEqualTo(
              "The value 'NOPE' does not exist for the field 'project'.; "
                  + "Field 'sprnt' does not exist.");
      assertThat(jira.asked(SEARCH)).hasSize(1);
      assertThat(WrittenPages.files(dir)).isEmpty();
    }
  }

  @Test
  void forbiddenTellsOfTheCaptchaDataCenterAsksFor() {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(
          SEARCH,
          asked ->
              Reply.status(403, "")
                  .withHeader("X-Authentication-Denied-Reason", "CAPTCHA_CHALLENGE; login-url=x"));

      JiraPullException e = pull(jira, null);

      assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN);
      assertThat(e.detail()).startsWith("CAPTCHA_CHALLENGE");
      assertThat(told.sleeps).isEmpty();
    }
  }

  @Test
  void aLoginPageIsNotJira() {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(
          SEARCH,
          asked -> Reply.html("<!DOCTYPE html><html><body><form>Log in</form></body></html>"));

      JiraPullException e = pull(jira, null);

      assertThat(e.reason()).isEqualTo(Reason.NOT_JIRA);
      assertThat(e.status()).isEqualTo(200);
    }
  }

  @Test
  void jsonWithoutIssuesIsNotJira() {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(SEARCH, asked -> Reply.json("{\"status\":\"ok\",\"items\":[]}"));

      assertThat(pull(jira, null).reason()).isEqualTo(Reason.NOT_JIRA);
    }
  }

  @Test
  void noSearchAtAllIsNotFoundAfterTryingBothSearches() {
    try (FakeJira jira = FakeJira.start()) {
      JiraPullException e = pull(jira, null);

      assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
      assertThat(e.status()).isEqualTo(404);
      assertThat(jira.asked())
          .extracting(FakeJira.Asked::path)
          .containsExactly(SEARCH, "/rest/api/2/search/jql");
    }
  }

  @Test
  void anUnexpectedStatusIsNotJira() {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(SEARCH, asked -> Reply.status(405, ""));

      JiraPullException e = pull(jira, null);

      assertThat(e.reason()).isEqualTo(Reason.NOT_JIRA);
      assertThat(e.status()).isEqualTo(405);
    }
  }

  private JiraPullException pull(FakeJira jira, String jql) {
    return catchThrowableOfType(
        JiraPullException.class,
        () -> told.pull().download(new PullRequest(jira.baseUrl(), "pat", jql, 0), dir, told));
  }
}
