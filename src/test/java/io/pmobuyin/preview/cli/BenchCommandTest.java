package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.PreviewRunner;
import org.junit.jupiter.api.Test;

/** The benchmark's figures are read by people; this only proves the command still runs whole. */
class BenchCommandTest {

  @Test
  void measuresEveryPhaseOnASmallExport() {
    PreviewRunner.Result result = PreviewRunner.run("bench", "--issues", "1500");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("issues                 1,500")
        .contains("(a) parse only", "(a') import only", "(b) import + mine", "ratio b/a'");
  }

  @Test
  void refusesANonsenseIssueCount() {
    assertThat(PreviewRunner.run("bench", "--issues", "lots").exitCode()).isEqualTo(2);
  }
}
