package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pmobuyin.preview.PreviewRunner;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.live.JiraPull;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code serve --jira}: pulled from a local fake Jira, then served; the token never printed. */
class ServeFromJiraTest {

  private static final String TOKEN = "s3cret-pat-value";
  private static final Path PAGE = Path.of("src/test/resources/importer/search-page.json");

  private HttpServer jira;

  @BeforeEach
  void startFakeJira() throws Exception {
    byte[] page = Files.readAllBytes(PAGE);
    jira = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jira.createContext(
        "/",
        exchange -> {
          try (exchange) {
            boolean allowed =
                ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body =
                allowed ? page : "{\"errorMessages\":[\"no\"]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(allowed ? 200 : 401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        });
    jira.start();
  }

  @AfterEach
  void stopFakeJira() {
    jira.stop(0);
  }

  private String jiraUrl() {
    return "http://127.0.0.1:" + jira.getAddress().getPort();
  }

  /**
   * {@code serve --jira} with this token, in this process; what it printed lands in the streams.
   */
  private ExitCode serve(
      String token, ByteArrayOutputStream out, ByteArrayOutputStream err, ServingProbe probe)
      throws Exception {
    return new ServeCommand(
            Messages.forLocale(Locale.ENGLISH),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            probe,
            JiraPull.standard())
        .run(List.of("--jira", jiraUrl(), "--token", token, "--port", "0"));
  }

  @Test
  void pullsMinesAndServesWithoutEverPrintingTheToken() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ServingProbe probe = new ServingProbe(out, "/gadgets/lessons");

    ExitCode code = serve(TOKEN, out, err, probe);

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(probe.status()).isEqualTo(200);
    assertThat(err.toString()).contains("Pulled 3 issues in 1 pages.");
    assertThat(out.toString() + err.toString()).doesNotContain(TOKEN);
  }

  @Test
  void saysTheTokenWasRefusedWithoutPrintingIt() {
    PreviewRunner.Result result =
        PreviewRunner.run("serve", "--jira", jiraUrl(), "--token", "wrong-" + TOKEN);

    assertThat(result.exitCode()).isEqualTo(ExitCode.FILE_PROBLEM.code());
    assertThat(result.err()).contains("refused the token").doesNotContain(TOKEN);
  }

  @Test
  void dropsTheLineBreakATokenReadFromAFileEndsWith() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServingProbe probe = new ServingProbe(out, "/gadgets/lessons");

    ExitCode code = serve(TOKEN + "\r\n", out, new ByteArrayOutputStream(), probe);

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(probe.status()).isEqualTo(200);
  }

  @Test
  void refusesATokenWithAControlCharacterWithoutSendingOrPrintingIt() {
    PreviewRunner.Result result =
        PreviewRunner.run("serve", "--jira", jiraUrl(), "--token", "s3cret\npat-value");

    assertThat(result.exitCode()).isEqualTo(ExitCode.FILE_PROBLEM.code());
    assertThat(result.err()).contains("nothing was sent").doesNotContain("s3cret", "pat-value");
  }

  @Test
  void needsAnHttpAddress() {
    PreviewRunner.Result result = PreviewRunner.run("serve", "--jira", "ftp://x", "--token", "t");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("http(s) URL");
  }

  @Test
  void takesOneSourceOnly() {
    assertThat(
            PreviewRunner.run("serve", "--sample", "--jira", jiraUrl(), "--token", "t").exitCode())
        .isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void hasAMessageForEveryWayAPullFailsStopsEarlyOrGoesUnanswered() {
    Messages messages = Messages.forLocale(Locale.ENGLISH);
    List<String> keys = new java.util.ArrayList<>();
    for (var reason : io.pmobuyin.preview.live.JiraPullException.Reason.values()) {
      keys.add(JiraSource.key("pmobuyin.cli.error.jira.", reason));
    }
    for (var stop : io.pmobuyin.preview.live.EarlyStop.values()) {
      keys.add(JiraSource.key("pmobuyin.cli.jira.stopped.", stop));
    }
    for (var none : io.pmobuyin.preview.live.NoAnswer.values()) {
      keys.add(JiraSource.key("pmobuyin.cli.jira.retrying.", none));
    }
    assertThat(keys).contains("pmobuyin.cli.error.jira.gave-up");
    for (String key : keys) {
      assertThat(messages.text(key, "u", "1", "d")).as(key).isNotEqualTo(key);
    }
  }
}
