package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.PreviewRunner;
import io.pmobuyin.preview.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code serve}: its arguments, its answer to a busy port, and a whole start-serve-stop. */
class ServeCommandTest {

  private static final Path EXPORT = Path.of("src/test/resources/importer/search-page.json");
  private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);

  @Test
  void refusesAPortThatIsNotOne() {
    PreviewRunner.Result result = PreviewRunner.run("serve", "--port", "http");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("The port must be a number from 0 to 65535, not \"http\"");
  }

  @Test
  void refusesThePortBeyondTheLastOne() {
    assertThat(PreviewRunner.run("serve", "--port", "65536").exitCode())
        .isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void refusesSampleAndInputTogether() {
    assertThat(PreviewRunner.run("serve", "--sample", "--input", "x").exitCode())
        .isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void saysWhenAnInputDoesNotExist() {
    PreviewRunner.Result result = PreviewRunner.run("serve", "--input", "no/such/export.json");

    assertThat(result.exitCode()).isEqualTo(ExitCode.FILE_PROBLEM.code());
  }

  @Test
  void saysWhenThePortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      PreviewRunner.Result result =
          PreviewRunner.run(
              "serve",
              "--input",
              EXPORT.toString(),
              "--port",
              Integer.toString(taken.getLocalPort()));

      assertThat(result.exitCode()).isEqualTo(ExitCode.FILE_PROBLEM.code());
      assertThat(result.err()).contains("Port " + taken.getLocalPort());
    }
  }

  @Test
  void printsTheAddressServesUntilStoppedAndThenSaysSo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ServingProbe probe = new ServingProbe(out, "/");

    ExitCode code =
        new ServeCommand(
                MESSAGES,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                probe)
            .run(List.of("--input", EXPORT.toString(), "--port", "0"));

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(probe.status()).isEqualTo(200);
    assertThat(out.toString()).contains("Press Ctrl-C to stop.");
    assertThat(err.toString()).contains("Preview stopped.");
  }
}
