package io.pmobuyin.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildInfoTest {

  @Test
  void readsTheVersionTheBuildFilteredIn() {
    String version = BuildInfo.fromClasspath().version();

    assertThat(version).isNotBlank().doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
