package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.PreviewRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

  @TempDir Path temp;

  @Test
  void writesTheSamplePortfolioAsSearchPagesThatMineCanRead() throws IOException {
    Path dir = temp.resolve("sample");

    PreviewRunner.Result written = PreviewRunner.run("sample", "--out", dir.toString());

    assertThat(written.exitCode()).isZero();
    assertThat(written.err()).contains("22,498 issues in 45 projects", "2023-07-01");
    try (Stream<Path> pages = Files.list(dir)) {
      assertThat(pages.filter(p -> p.getFileName().toString().matches("search-\\d{4}\\.json")))
          .hasSize(225);
    }
    PreviewRunner.Result mined =
        PreviewRunner.run("mine", "--input", dir.toString(), "--format", "json");
    assertThat(mined.exitCode()).isZero();
    assertThat(mined.out()).contains("\"issuesRead\": 22498");
  }

  @Test
  void needsAnOutputFolder() {
    assertThat(PreviewRunner.run("sample").exitCode()).isEqualTo(2);
  }
}
