package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.PreviewRunner;
import org.junit.jupiter.api.Test;

/** The benchmark's figures are read by people; this only proves the command runs whole. */
class BenchCommandTest {

  private static final String REAL = "src/test/resources/real/apache-fixture.json";

  @Test
  void timesEveryPhaseOnASmallGeneratedExport() {
    PreviewRunner.Result result = PreviewRunner.run("bench", "--issues", "1500", "--rounds", "2");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("1,500 issues", "generated issues", "rounds                 2")
        .contains("(a) decode", "(a') import only", "(b) import + mine")
        .contains("bytes an issue");
  }

  @Test
  void timesARealExportCopiedIntoProjectsOfTheirOwn() {
    PreviewRunner.Result result =
        PreviewRunner.run("bench", "--input", REAL, "--copies", "2", "--rounds", "1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("660 issues", "2 copies of the issues of");
  }

  @Test
  void refusesANonsenseCountOrBothInputs() {
    assertThat(PreviewRunner.run("bench", "--issues", "lots").exitCode()).isEqualTo(2);
    assertThat(PreviewRunner.run("bench", "--rounds", "0").exitCode()).isEqualTo(2);
    assertThat(PreviewRunner.run("bench", "--issues", "5", "--input", REAL).exitCode())
        .isEqualTo(2);
  }
}
