package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.PreviewRunner;
import io.pmobuyin.report.view.Gadget;
import org.junit.jupiter.api.Test;

/** The gadget benchmark's figures are read by people; this proves the command runs whole. */
class GadgetBenchCommandTest {

  @Test
  void timesEveryGadgetAndTheBriefOnASmallReport() {
    PreviewRunner.Result result = PreviewRunner.run("bench-gadgets", "--projects", "12");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("12 closed projects", "brief");
    for (Gadget gadget : Gadget.values()) {
      assertThat(result.out()).contains(gadget.id());
    }
  }

  @Test
  void refusesAProjectCountOutOfRange() {
    PreviewRunner.Result result = PreviewRunner.run("bench-gadgets", "--projects", "100001");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("--projects must be from 1 to 100000");
  }
}
