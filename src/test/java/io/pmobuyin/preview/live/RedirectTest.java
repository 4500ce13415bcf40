package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pmobuyin.preview.live.FakeJira.Reply;
import io.pmobuyin.preview.live.JiraPullException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Redirects: followed on Jira's own origin with the token; refused, and named, elsewhere. */
class RedirectTest extends HostileJiraTest {

  @Test
  void sendsTheTokenAgainOnlyToTheSameOrigin() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      // A redirect on the same origin: the search is asked again there, token and all.
      jira.answer(
          "/rest/api/2/search",
          redirectOnce(jira, "/rest/api/2/search", JiraJson.issue("ABC-1", 1, 1)));

      told.pull().download(request(jira.baseUrl()), dir, told);

      List<FakeJira.Asked> searches = jira.asked("/rest/api/2/search");
      assertThat(searches).hasSizeGreaterThanOrEqualTo(2);
      assertThat(searches).allSatisfy(a -> assertThat(a.header("Authorization")).contains(PAT));
    }
  }

  @Test
  void refusesARedirectToAnotherHostAndNeverSendsItTheToken() throws Exception {
    try (FakeJira jira = FakeJira.start();
        FakeJira elsewhere = FakeJira.start()) {
      elsewhere.servesSearch(List.of(JiraJson.issue("ABC-1", 1, 1)), 50);
      String other = elsewhere.baseUrl().toString().replace("127.0.0.1", "localhost");
      jira.answer(
          "/rest/api/2/search",
          asked ->
              new Reply(302, "", java.util.Map.of())
                  .withHeader("Location", other + "/rest/api/2/search?secret=path"));

      // The client the command line uses: it must not follow on its own.
      JiraPullException e =
          catchThrowableOfType(
              JiraPullException.class,
              () -> JiraPull.standard().download(request(jira.baseUrl()), dir, told));

      assertThat(e.toString()).doesNotContain(PAT);
      assertThat(e.reason()).isEqualTo(Reason.REDIRECTED);
      assertThat(e.status()).isEqualTo(302);
      assertThat(e.detail())
          .isEqualTo("http://localhost:" + elsewhere.baseUrl().getPort())
          .doesNotContain("secret=path");
      assertThat(elsewhere.asked()).isEmpty();
    }
  }

  @Test
  void refusesADowngradeFromHttpsToHttpOnTheSameHost() {
    assertThat(JiraCalls.origin(java.net.URI.create("https://jira.example.com/x")))
        .isNotEqualTo(JiraCalls.origin(java.net.URI.create("http://jira.example.com/x")));
    assertThat(JiraCalls.origin(java.net.URI.create("https://JIRA.example.com:443/a")))
        .isEqualTo(JiraCalls.origin(java.net.URI.create("https://jira.example.com/b")));
  }

  @Test
  void stopsARedirectLoop() throws Exception {
    try (FakeJira jira = FakeJira.start()) {
      jira.answer(
          "/rest/api/2/search",
          asked ->
              new Reply(307, "", java.util.Map.of())
                  .withHeader("Location", jira.baseUrl() + "/rest/api/2/search"));

      JiraPullException e =
          catchThrowableOfType(
              JiraPullException.class,
              () -> told.pull().download(request(jira.baseUrl()), dir, told));

      assertThat(e.toString()).doesNotContain(PAT);
      assertThat(e.reason()).isEqualTo(Reason.REDIRECTED);
      assertThat(jira.asked("/rest/api/2/search")).hasSize(JiraCalls.MAX_REDIRECTS + 1);
    }
  }

  /** Redirects the first request for the path to itself with a marker, then serves the page. */
  private static java.util.function.Function<FakeJira.Asked, Reply> redirectOnce(
      FakeJira jira, String path, String issue) {
    return asked -> {
      if (asked.param("again") == null) {
        String query = "again=1&startAt=" + asked.param("startAt");
        query += "&maxResults=" + asked.param("maxResults");
        return new Reply(302, "", java.util.Map.of())
            .withHeader("Location", jira.baseUrl() + path + "?" + query);
      }
      return Reply.json(JiraJson.searchPage(asked.intParam("startAt"), 50, 1, List.of(issue)));
    };
  }
}
