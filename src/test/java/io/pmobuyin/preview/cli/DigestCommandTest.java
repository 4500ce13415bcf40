package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.pmobuyin.preview.PreviewRunner;
import io.pmobuyin.preview.i18n.Messages;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {

  private static final String REAL = "src/test/resources/real/apache-fixture.json";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T06:30:00Z"), ZoneOffset.UTC);

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ExitCode digest(String... args) throws Exception {
    return new DigestCommand(
            Messages.forLocale(Locale.ENGLISH),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CLOCK)
        .run(List.of(args));
  }

  private String said() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sendsTheSamplesReportThroughAnSmtpServer() throws Exception {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    try {
      String server = "127.0.0.1:" + greenMail.getSmtp().getPort();

      ExitCode code =
          digest(
              "--sample",
              "--smtp",
              server,
              "--to",
              "exec@example.com",
              "--from",
              "pmo@example.com");

      assertThat(code).as(said()).isEqualTo(ExitCode.OK);
      assertThat(said()).contains("Sent the regular report to exec@example.com through " + server);
      MimeMessage received = greenMail.getReceivedMessages()[0];
      assertThat(received.getSubject()).startsWith("PMO buy-in report of ").contains("45 projects");
      assertThat(received.getHeader("List-Unsubscribe"))
          .containsExactly("<mailto:pmo@example.com?subject=unsubscribe>");
      Multipart parts = (Multipart) received.getContent();
      assertThat((String) parts.getBodyPart(1).getContent())
          .contains("href=\"http://127.0.0.1:8080/\"", "The case for the PMO");
      assertThat((String) parts.getBodyPart(0).getContent())
          .contains("mailto:pmo@example.com?subject=unsubscribe");
    } finally {
      greenMail.stop();
    }
  }

  @Test
  void writesAnExportsReportAsAnEmlFileWithTheGivenLinks(@TempDir Path dir) throws Exception {
    ExitCode code =
        digest(
            "--input",
            REAL,
            "--out",
            dir.toString(),
            "--dashboard",
            "https://pmo.example.com/board",
            "--unsubscribe",
            "https://pmo.example.com/stop?who=exec");

    assertThat(code).as(said()).isEqualTo(ExitCode.OK);
    Path eml = dir.resolve("digest-2026-12-07.eml");
    assertThat(said()).contains("Wrote the regular report to " + eml.toAbsolutePath());
    try (InputStream in = Files.newInputStream(eml)) {
      MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(read.getHeader("List-Unsubscribe"))
          .containsExactly("<https://pmo.example.com/stop?who=exec>");
      assertThat(read.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
      String html = (String) ((Multipart) read.getContent()).getBodyPart(1).getContent();
      assertThat(html).contains("href=\"https://pmo.example.com/board\"");
      // A pattern's share opens the preview's evidence page under the dashboard's address.
      assertThat(html).contains("href=\"https://pmo.example.com/board/evidence?pattern=");
    }
  }

  @Test
  void carriesTheActionsOfAnActionsFileInBothParts(@TempDir Path dir) throws Exception {
    ExitCode code =
        digest("--input", REAL, "--actions", "docs/examples/actions.csv", "--out", dir.toString());

    assertThat(code).as(said()).isEqualTo(ExitCode.OK);
    try (InputStream in = Files.newInputStream(dir.resolve("digest-2026-12-07.eml"))) {
      Multipart parts =
          (Multipart) new MimeMessage(Session.getInstance(new Properties()), in).getContent();
      String text = (String) parts.getBodyPart(0).getContent();
      String html = (String) parts.getBodyPart(1).getContent();
      // the brief's first three actions; the others are counted and left to the gadget
      assertThat(text).contains("PMO-1 Definition of done", "PMO-3", "2 more");
      assertThat(html).contains("PMO-1", "PMO-3");
    }
  }

  @Test
  void refusesAFaultyActionsFileBeforeMiningOrSending(@TempDir Path dir) throws Exception {
    Path actions = dir.resolve("actions.csv");
    Files.writeString(actions, "key,title,patterns,started\nPMO-1,t,SCOPE_CREPE,2024-02-30\n");

    PreviewRunner.Result result =
        PreviewRunner.run(
            "digest", "--input", REAL, "--actions", actions.toString(), "--out", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.FILE_PROBLEM.code());
    assertThat(result.err()).contains("Problem in the actions file " + actions, "SCOPE_CREPE");
    try (var written = Files.list(dir)) {
      assertThat(written).containsExactly(actions);
    }
  }

  @Test
  void exitsWithThreeAndSaysSoWhenTheServerCannotBeReached() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }

    ExitCode code =
        digest("--input", REAL, "--smtp", "127.0.0.1:" + closedPort, "--to", "exec@example.com");

    assertThat(code).isEqualTo(ExitCode.FILE_PROBLEM);
    assertThat(said())
        .contains("Cannot reach the mail server 127.0.0.1:" + closedPort)
        .contains("Nothing was sent")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void refusesWrongCommandLinesBeforeMiningAnything() {
    assertUsage(List.of("digest", "--sample"), "either --smtp HOST:PORT");
    assertUsage(List.of("digest", "--smtp", "h:25", "--out", "x"), "either --smtp HOST:PORT");
    assertUsage(List.of("digest", "--smtp", "h:25"), "--smtp needs --to ADDRESS");
    assertUsage(List.of("digest", "--out", "x", "--starttls"), "--starttls applies only");
    assertUsage(
        List.of("digest", "--smtp", "h:25", "--to", "exec"),
        "Option --to needs one mail address such as pmo@example.com, not \"exec\"");
    assertUsage(
        List.of("digest", "--smtp", "h:x", "--to", "a@example.com"), "--smtp needs HOST:PORT");
    assertUsage(List.of("digest", "--out", "x", "--period", "forever"), "not \"forever\"");
    assertUsage(
        List.of("digest", "--out", "x", "--dashboard", "javascript:alert(1)"),
        "absolute web addresses");
  }

  private static void assertUsage(List<String> args, String message) {
    PreviewRunner.Result result = PreviewRunner.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains(message).doesNotContain("Exception");
  }
}
