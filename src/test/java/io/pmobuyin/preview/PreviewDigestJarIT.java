package io.pmobuyin.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built preview jar's {@code digest}: its mail library (Angus Mail, in the preview jar only)
 * finds its providers and MIME handlers from the merged jar, and the message it writes or sends is
 * whole. The app bundle carries none of it.
 */
class PreviewDigestJarIT {

  private static final Path JAR =
      Paths.get(System.getProperty("pmobuyin.preview")).toAbsolutePath();
  private static final String JAVA =
      Paths.get(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path temp;

  private record Run(int exitCode, String err) {}

  private Run digest(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "digest"));
    command.addAll(List.of(args));
    Path err = temp.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(temp.resolve("out.txt").toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheSamplesReportAsAnEmlFileThatReadsBack() throws Exception {
    Path out = temp.resolve("mail");

    Run run = digest("--sample", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path eml;
    try (Stream<Path> files = Files.list(out)) {
      eml =
          files
              .filter(f -> f.getFileName().toString().matches("digest-\\d{4}-\\d{2}-\\d{2}\\.eml"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(run.err()).contains("Wrote the regular report to " + eml);
    try (InputStream in = Files.newInputStream(eml)) {
      MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(new ContentType(read.getContentType()).getBaseType())
          .isEqualTo("multipart/alternative");
      Multipart parts = (Multipart) read.getContent();
      assertThat((String) parts.getBodyPart(0).getContent()).contains("45 closed projects");
      assertThat((String) parts.getBodyPart(1).getContent())
          .contains("<h1", "The case for the PMO");
    }
  }

  @Test
  void sendsTheReportThroughAnSmtpServer() throws Exception {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    try {
      Run run =
          digest(
              "--input",
              Paths.get(PreviewDigestJarIT.class.getResource("/real/apache-fixture.json").toURI())
                  .toString(),
              "--smtp",
              "127.0.0.1:" + greenMail.getSmtp().getPort(),
              "--to",
              "Exec <exec@example.com>",
              "--from",
              "pmo@example.com");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(greenMail.getReceivedMessages()).hasSize(1);
      MimeMessage received = greenMail.getReceivedMessages()[0];
      assertThat(received.getHeader("List-Unsubscribe"))
          .containsExactly("<mailto:pmo@example.com?subject=unsubscribe>");
      assertThat(((Multipart) received.getContent()).getCount()).isEqualTo(2);
    } finally {
      greenMail.stop();
    }
  }

  @Test
  void carriesTheMailLibrariesWithTheirLicencesWhileTheAppBundleHasNone() throws Exception {
    try (ZipFile preview = new ZipFile(JAR.toFile())) {
      assertThat(preview.getEntry("org/eclipse/angus/mail/smtp/SMTPTransport.class")).isNotNull();
      assertThat(preview.getEntry("META-INF/services/jakarta.mail.Provider")).isNotNull();
      for (String library :
          List.of("angus-mail", "angus-activation", "jakarta.mail-api", "jakarta.activation-api")) {
        assertThat(preview.getEntry("META-INF/licenses/" + library + "/META-INF/LICENSE.md"))
            .as(library)
            .isNotNull();
        assertThat(preview.getEntry("META-INF/licenses/" + library + "/META-INF/NOTICE.md"))
            .as(library)
            .isNotNull();
      }
    }
    Path bundle = JAR.resolveSibling(JAR.getFileName().toString().replace("-preview.jar", ".jar"));
    try (ZipFile app = new ZipFile(bundle.toFile())) {
      assertThat(app.stream().map(e -> e.getName()))
          .noneMatch(name -> name.startsWith("jakarta/") || name.startsWith("org/eclipse/angus/"))
          .contains(
              "io/pmobuyin/report/mail/BriefDigestComposer.class", "templates/mail/digest-html.vm")
          .noneMatch(name -> name.startsWith("io/pmobuyin/preview/"));
    }
  }
}
