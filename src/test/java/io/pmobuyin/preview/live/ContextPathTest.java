package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Jira behind a context path is asked under it, whether the base URL ends in a slash or not. */
class ContextPathTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", "/"})
  void asksEverythingUnderTheContextPath(String trailing) throws Exception {
    try (FakeJira jira =
        FakeJira.start("/tools/jira")
            .servesSearch(List.of(JiraJson.issue("ABC-1", 1, 2)), 1000)
            .servesChangelog("ABC-1", JiraJson.histories("ABC-1", 2), 100)) {
      URI base = URI.create(jira.baseUrl() + trailing);

      PullResult result =
          new RecordedProgress().pull().download(new PullRequest(base, "pat", null, 0), dir, null);

      assertThat(result).isEqualTo(new PullResult(1, 1, PullResult.SERVER));
      assertThat(jira.asked())
          .extracting(FakeJira.Asked::path)
          .containsExactly("/rest/api/2/search", "/rest/api/2/issue/ABC-1/changelog");
    }
  }
}
