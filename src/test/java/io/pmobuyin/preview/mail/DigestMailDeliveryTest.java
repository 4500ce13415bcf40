package io.pmobuyin.preview.mail;

import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.mail.BriefDigestComposer;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.testing.HostileData;
import io.pmobuyin.testing.ReportBuilder;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regular report as a MIME message, sent through a real SMTP server (GreenMail) and read back
 * as the recipient's mail reader would: its parts, headers, escaping and links.
 */
class DigestMailDeliveryTest {

  private static final Instant SENT = Instant.parse("2026-12-07T06:00:00Z");
  private static final DigestLinks LINKS =
      new DigestLinks(
          "https://jira.example.com/secure/Dashboard.jspa?selectPageId=10",
          "https://jira.example.com/plugins/servlet/pmo-buyin/unsubscribe?token=t0k3n");
  private static final BriefDigestComposer COMPOSER =
      new BriefDigestComposer(new PreviewTemplates(Messages.forLocale(Locale.ENGLISH)));

  private GreenMail greenMail;
  private SmtpDelivery delivery;

  @BeforeEach
  void startServer() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    delivery = new SmtpDelivery(new SmtpServer("127.0.0.1", greenMail.getSmtp().getPort(), false));
  }

  @AfterEach
  void stopServer() {
    greenMail.stop();
  }

  private static InternetAddress address(String text) throws Exception {
    return new InternetAddress(text, true);
  }

  private MimeMessage sendAndReceive(DigestMessage digest, boolean oneClick) throws Exception {
    MimeMessage message =
        DigestMail.of(
            delivery.session(),
            digest,
            LINKS,
            address("PMO <pmo@example.com>"),
            address("exec@example.com"),
            SENT,
            oneClick);
    delivery.send(message);
    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    return greenMail.getReceivedMessages()[0];
  }

  private static DigestMessage hostileDigest() {
    GadgetInput input =
        HostileData.create()
            .input(io.pmobuyin.report.analysis.GadgetQuery.everything(), texts(), "");
    return COMPOSER.compose(input, LINKS);
  }

  private static io.pmobuyin.report.view.common.Texts texts() {
    return io.pmobuyin.testing.BundleTexts.english();
  }

  /** The text of a received part, decoded, with the mail's CRLF lines read as LF. */
  private static String text(BodyPart part) throws Exception {
    return ((String) part.getContent()).replace("\r\n", "\n");
  }

  /**
   * The hostile digest from pmo@example.com to one address, as a session of this delivery makes it.
   */
  private static MimeMessage hostileMessage(SmtpDelivery via, String to) throws Exception {
    return DigestMail.of(
        via.session(),
        hostileDigest(),
        LINKS,
        address("pmo@example.com"),
        address(to),
        SENT,
        false);
  }

  @Test
  void arrivesAsPlainTextAndHtmlAlternativesInUtf8WithTheHeadersAReaderNeeds() throws Exception {
    DigestMessage digest = hostileDigest();

    MimeMessage received = sendAndReceive(digest, false);

    assertThat(new ContentType(received.getContentType()).getBaseType())
        .isEqualTo("multipart/alternative");
    Multipart parts = (Multipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    ContentType plain = new ContentType(parts.getBodyPart(0).getContentType());
    ContentType html = new ContentType(parts.getBodyPart(1).getContentType());
    assertThat(plain.getBaseType()).isEqualTo("text/plain");
    assertThat(html.getBaseType()).isEqualTo("text/html");
    assertThat(plain.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
    assertThat(html.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
    assertThat(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding"))
        .containsExactly("quoted-printable");
    assertThat(text(parts.getBodyPart(0))).isEqualTo(digest.text());
    assertThat(text(parts.getBodyPart(1))).isEqualTo(digest.html().replace("\r\n", "\n"));
    assertThat(received.getSubject()).isEqualTo(digest.subject());
    assertThat(received.getFrom()).containsExactly(address("PMO <pmo@example.com>"));
    assertThat(received.getAllRecipients()).containsExactly(address("exec@example.com"));
    assertThat(received.getSentDate().toInstant()).isEqualTo(SENT);
    assertThat(received.getMessageID()).matches("<pmo-buyin\\.[0-9a-f-]{36}@example\\.com>");
    assertThat(received.getHeader("List-Unsubscribe"))
        .containsExactly("<" + LINKS.unsubscribe() + ">");
    assertThat(received.getHeader("List-Unsubscribe-Post")).isNull();
  }

  @Test
  void hostileNamesArriveAsTextInTheHtmlAndAsTypedInThePlainText() throws Exception {
    MimeMessage received = sendAndReceive(hostileDigest(), false);

    Multipart parts = (Multipart) received.getContent();
    String html = text(parts.getBodyPart(1));
    String plain = text(parts.getBodyPart(0));
    assertThat(html)
        .doesNotContain("<script", "<img", "<svg onload")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;ABC")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(plain).contains(HostileData.SCRIPT + "ABC", HostileData.IMAGE);
    assertThat(plain).doesNotContain("&lt;", "&amp;", "&#39;");
  }

  @Test
  void aRecipientWhoMayBrowseOneProjectReceivesOnlyThatProjectsName() throws Exception {
    GadgetInput limited =
        anInput(
                ReportBuilder.aReport()
                    .projects(
                        ReportBuilder.aProject("PAY")
                            .name("Payments \u00e9t\u00e9")
                            .closed(2024, 3, 1),
                        ReportBuilder.aProject("HR").name("Secret reorg").closed(2024, 4, 1)))
            .visible(VisibleProjects.only(Set.of("PAY")))
            .build();

    MimeMessage received = sendAndReceive(COMPOSER.compose(limited, LINKS), false);

    Multipart parts = (Multipart) received.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      assertThat(text(parts.getBodyPart(i)))
          .contains("Payments \u00e9t\u00e9")
          .doesNotContain("Secret reorg");
    }
    assertThat(received.getSubject()).contains(": 1 projects");
  }

  @Test
  void carriesTheDashboardAndUnsubscribeLinksIntoBothPartsAndTheHeader() throws Exception {
    MimeMessage received = sendAndReceive(hostileDigest(), false);

    Multipart parts = (Multipart) received.getContent();
    assertThat(text(parts.getBodyPart(0))).contains(LINKS.dashboard(), LINKS.unsubscribe());
    assertThat(text(parts.getBodyPart(1)))
        .contains("href=\"" + LINKS.dashboard() + "\"", "href=\"" + LINKS.unsubscribe() + "\"");
  }

  @Test
  void offersOneClickUnsubscribeOnlyForAnHttpsLinkThatTakesAPost() throws Exception {
    MimeMessage received = sendAndReceive(hostileDigest(), true);

    assertThat(received.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    MimeMessage byMail =
        DigestMail.of(
            delivery.session(),
            hostileDigest(),
            new DigestLinks(LINKS.dashboard(), "mailto:pmo@example.com?subject=unsubscribe"),
            address("pmo@example.com"),
            address("exec@example.com"),
            SENT,
            true);
    assertThat(byMail.getHeader("List-Unsubscribe-Post")).isNull();
  }

  @Test
  void saysTheServerCannotBeReachedWhenNothingListens() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    SmtpDelivery nowhere = new SmtpDelivery(new SmtpServer("127.0.0.1", closedPort, false));
    MimeMessage message = hostileMessage(nowhere, "exec@example.com");

    assertThatThrownBy(() -> nowhere.send(message))
        .isInstanceOf(MailProblem.class)
        .hasMessage("pmobuyin.cli.digest.error.unreachable")
        .satisfies(
            e -> assertThat(((MailProblem) e).arguments()[0]).isEqualTo("127.0.0.1:" + closedPort));
  }

  @Test
  void saysWhichRecipientTheServerRefusedAndWhatItSaid() throws Exception {
    try (RefusingSmtpServer server = new RefusingSmtpServer("RCPT", "550 5.1.1 no such user")) {
      SmtpDelivery refusing = new SmtpDelivery(new SmtpServer("127.0.0.1", server.port(), false));
      MimeMessage message = hostileMessage(refusing, "nobody@example.com");

      assertThatThrownBy(() -> refusing.send(message))
          .isInstanceOf(MailProblem.class)
          .hasMessage("pmobuyin.cli.digest.error.recipient")
          .satisfies(
              e ->
                  assertThat(((MailProblem) e).arguments())
                      .contains("nobody@example.com")
                      .anySatisfy(said -> assertThat(said.toString()).contains("no such user")));
    }
  }

  @Test
  void quotesTheServerWhenItRefusesTheMessageItself() throws Exception {
    try (RefusingSmtpServer server =
        new RefusingSmtpServer("MAIL", "554 5.7.1 relaying denied for this sender")) {
      SmtpDelivery refusing = new SmtpDelivery(new SmtpServer("127.0.0.1", server.port(), false));
      MimeMessage message = hostileMessage(refusing, "exec@example.com");

      assertThatThrownBy(() -> refusing.send(message))
          .isInstanceOf(MailProblem.class)
          .satisfies(
              e ->
                  assertThat(((MailProblem) e).arguments())
                      .anySatisfy(said -> assertThat(said.toString()).contains("relaying denied")));
    }
  }

  @Test
  void withStartTlsSendsNothingToAServerThatCannotEncrypt() throws Exception {
    SmtpDelivery tls =
        new SmtpDelivery(new SmtpServer("127.0.0.1", greenMail.getSmtp().getPort(), true));
    MimeMessage message = hostileMessage(tls, "exec@example.com");

    assertThatThrownBy(() -> tls.send(message))
        .isInstanceOf(MailProblem.class)
        .hasMessage("pmobuyin.cli.digest.error.refused")
        .satisfies(
            e ->
                assertThat(((MailProblem) e).arguments())
                    .anySatisfy(said -> assertThat(said.toString()).contains("STARTTLS")));
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void writesAnEmlFileThatReadsBackAsTheSameMessage(@TempDir Path dir) throws Exception {
    DigestMessage digest = hostileDigest();
    Session session = Session.getInstance(new Properties());
    MimeMessage message =
        DigestMail.of(
            session,
            digest,
            LINKS,
            address("pmo@example.com"),
            address("exec@example.com"),
            SENT,
            false);

    Path eml = EmlFile.write(message, dir.resolve("out"), LocalDate.of(2026, 12, 7));

    assertThat(eml.getFileName().toString()).isEqualTo("digest-2026-12-07.eml");
    assertThat(Files.readString(eml)).contains("\r\nList-Unsubscribe: <");
    MimeMessage read;
    try (InputStream in = Files.newInputStream(eml)) {
      read = new MimeMessage(session, in);
      Multipart parts = (Multipart) read.getContent();
      assertThat(read.getSubject()).isEqualTo(digest.subject());
      assertThat(read.getHeader("List-Unsubscribe"))
          .containsExactly("<" + LINKS.unsubscribe() + ">");
      assertThat(text(parts.getBodyPart(0))).isEqualTo(digest.text());
      assertThat(text(parts.getBodyPart(1))).isEqualTo(digest.html().replace("\r\n", "\n"));
    }
    assertThat(Files.list(eml.getParent())).containsExactly(eml);
  }

  @Test
  void refusesAddressesThatAreNoSingleMailbox() {
    for (String bad :
        new String[] {
          "exec", "exec@", "a@example.com, b@example.com", "exec@example.com\r\nBcc: x@y.z", "<>"
        }) {
      assertThatThrownBy(() -> MailAddresses.parse("--to", bad))
          .as(bad)
          .isInstanceOf(MailProblem.class)
          .hasMessage("pmobuyin.cli.digest.error.address");
    }
  }

  @Test
  void readsTheServerAsHostAndPort() throws Exception {
    assertThat(SmtpServer.parse("localhost:2525", false))
        .isEqualTo(new SmtpServer("localhost", 2525, false));
    assertThat(SmtpServer.parse("mail.example.com", true))
        .isEqualTo(new SmtpServer("mail.example.com", 25, true));
    assertThat(SmtpServer.parse("[::1]:2525", false).host()).isEqualTo("::1");
    assertThat(SmtpServer.parse("[::1]:2525", false).display()).isEqualTo("[::1]:2525");
    for (String bad :
        new String[] {"host:0", "host:70000", "host:x", ":25", "[::1", "a b:25", "::1"}) {
      assertThatThrownBy(() -> SmtpServer.parse(bad, false))
          .as(bad)
          .isInstanceOf(MailProblem.class);
    }
  }
}
