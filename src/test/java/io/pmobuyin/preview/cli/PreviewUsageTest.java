package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.PreviewRunner;
import org.junit.jupiter.api.Test;

class PreviewUsageTest {

  @Test
  void explainsUsageAndExitsWithTwoForAnUnknownCommand() {
    PreviewRunner.Result result = PreviewRunner.run("mien");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("Unknown command \"mien\"", "Usage:")
        .doesNotContain("Exception");
  }

  @Test
  void refusesSampleAndInputTogether() {
    PreviewRunner.Result result = PreviewRunner.run("mine", "--sample", "--input", "x.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("either --sample or --input");
  }

  @Test
  void refusesAnUnknownFormat() {
    assertThat(PreviewRunner.run("mine", "--format", "xml").err())
        .contains("text or json, not \"xml\"");
  }

  @Test
  void exitsWithThreeWhenTheInputDoesNotExist() {
    PreviewRunner.Result result = PreviewRunner.run("mine", "--input", "/no/such/export.json");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("No such file or folder: /no/such/export.json");
  }

  @Test
  void printsUsageOnHelp() {
    PreviewRunner.Result result = PreviewRunner.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("mine", "sample", "bench", "Exit codes");
  }
}
