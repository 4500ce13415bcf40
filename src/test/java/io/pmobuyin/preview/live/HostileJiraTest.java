package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of a misbehaving server share: a folder to pull into, a progress that records
 * instead of waiting, the token, and the check that, whatever the server did, no file the pull left
 * holds the token.
 */
abstract class HostileJiraTest {

  static final String PAT = "pat-H0STILE-0123456789";

  @TempDir Path dir;

  final RecordedProgress told = new RecordedProgress();

  @AfterEach
  void noTokenInAnyFile() {
    assertThat(WrittenPages.allText(dir)).doesNotContain(PAT);
  }

  static PullRequest request(URI jira) {
    return new PullRequest(jira, PAT, null, 0);
  }
}
