package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.mail.DigestMail;
import io.pmobuyin.preview.mail.EmlFile;
import io.pmobuyin.preview.mail.MailAddresses;
import io.pmobuyin.preview.mail.MailProblem;
import io.pmobuyin.preview.mail.SmtpDelivery;
import io.pmobuyin.preview.mail.SmtpServer;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.preview.render.PreviewTexts;
import io.pmobuyin.preview.server.EvidenceLinks;
import io.pmobuyin.report.analysis.ClosePeriod;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.mail.BriefDigestComposer;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.report.view.GadgetData;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * {@code digest}: the regular report of the sample or an export as one mail, sent through an SMTP
 * server or written as an {@code .eml} file. The same message Jira's subscriptions send, made by
 * the same composer; only the links differ, since the preview has no subscriptions: the dashboard
 * is {@code serve}'s address unless given, and unsubscribing is a mail to the sender.
 */
public final class DigestCommand {

  static final String DEFAULT_FROM = "pmo-buyin-preview@localhost";

  private final Messages messages;
  private final PrintStream err;
  private final Clock clock;

  public DigestCommand(Messages messages, PrintStream err, Clock clock) {
    this.messages = messages;
    this.err = err;
    this.clock = clock;
  }

  public ExitCode run(List<String> args) throws IOException {
    Arguments options =
        Arguments.parse(
            args,
            Set.of(
                "--smtp",
                "--to",
                "--from",
                "--out",
                "--dashboard",
                "--unsubscribe",
                "--period",
                "--category",
                "--config",
                ActionsOption.NAME,
                PortfolioLoading.IMPORT_THREADS),
            Set.of("--input"),
            Set.of("--sample", "--starttls"));
    Delivery delivery = delivery(options);
    GadgetQuery query = query(options);
    DigestLinks links = links(options, delivery.from());
    Optional<GadgetData> loaded = load(options);
    if (loaded.isEmpty()) {
      return ExitCode.NOTHING_USABLE;
    }
    DigestMessage digest =
        new BriefDigestComposer(new PreviewTemplates(messages))
            .compose(
                loaded
                    .get()
                    .input(query, new PreviewTexts(messages, Locale.getDefault()), "")
                    .withDrill(EvidenceLinks.under(links.dashboard())),
                links);
    try {
      Session session = delivery.smtp == null ? plainSession() : delivery.smtp.session();
      MimeMessage message =
          DigestMail.of(session, digest, links, delivery.from, delivery.to, clock.instant(), false);
      if (delivery.smtp != null) {
        delivery.smtp.send(message);
        err.println(
            messages.text(
                "pmobuyin.cli.digest.sent", delivery.to.getAddress(), delivery.server.display()));
      } else {
        Path written = write(message, Path.of(options.value("--out", ".")));
        err.println(messages.text("pmobuyin.cli.digest.written", written.toAbsolutePath()));
      }
      return ExitCode.OK;
    } catch (MailProblem e) {
      err.println(messages.text(e.getMessage(), e.arguments()));
      return ExitCode.FILE_PROBLEM;
    } catch (MessagingException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private Path write(MimeMessage message, Path directory) throws MessagingException {
    try {
      return EmlFile.write(message, directory, LocalDate.now(clock));
    } catch (IOException e) {
      throw new FileProblem("pmobuyin.cli.error.cannot-write", directory, e.getMessage());
    }
  }

  /** Where the message goes, checked before anything is mined. */
  private static Delivery delivery(Arguments options) {
    boolean smtp = options.has("--smtp");
    if (smtp == options.has("--out")) {
      throw new UsageException("pmobuyin.cli.digest.error.smtp-or-out");
    }
    if (smtp && !options.has("--to")) {
      throw new UsageException("pmobuyin.cli.digest.error.to");
    }
    if (options.has("--starttls") && !smtp) {
      throw new UsageException("pmobuyin.cli.digest.error.starttls");
    }
    if (options.has("--sample") && options.has("--input")) {
      throw new UsageException("pmobuyin.cli.error.input-or-sample");
    }
    try {
      InternetAddress from = MailAddresses.parse("--from", options.value("--from", DEFAULT_FROM));
      InternetAddress to =
          MailAddresses.parse("--to", options.value("--to", options.value("--from", DEFAULT_FROM)));
      SmtpServer server =
          smtp ? SmtpServer.parse(options.value("--smtp", null), options.has("--starttls")) : null;
      return new Delivery(from, to, server, server == null ? null : new SmtpDelivery(server));
    } catch (MailProblem e) {
      throw new UsageException(e.getMessage(), e.arguments());
    }
  }

  /** The dashboard is serve's address unless given; unsubscribing, a mail to the sender. */
  private static DigestLinks links(Arguments options, InternetAddress from) {
    String dashboard =
        options.value("--dashboard", "http://127.0.0.1:" + ServeCommand.DEFAULT_PORT + "/");
    String unsubscribe = options.value("--unsubscribe", unsubscribeByMail(from));
    try {
      return new DigestLinks(dashboard, unsubscribe).checked();
    } catch (IllegalArgumentException e) {
      throw new UsageException("pmobuyin.cli.digest.error.link", dashboard, unsubscribe);
    }
  }

  private static GadgetQuery query(Arguments options) {
    String period = options.value("--period", ClosePeriod.ALL.id());
    if (!ClosePeriod.fromId(period).id().equals(period)) {
      throw new UsageException("pmobuyin.cli.digest.error.period", period);
    }
    return GadgetQuery.of(options.value("--category", null), period);
  }

  private Optional<GadgetData> load(Arguments options) throws IOException {
    Path config = PortfolioLoading.configFile(options);
    PortfolioLoading loading = PortfolioLoading.of(options, messages, err);
    return options.has("--input")
        ? loading.files(PortfolioLoading.inputs(options), config)
        : loading.sample(config);
  }

  /**
   * The preview keeps no list of subscribers: whoever wants no more reports writes to the sender,
   * who stops sending them.
   */
  static String unsubscribeByMail(InternetAddress from) {
    StringBuilder link = new StringBuilder("mailto:");
    for (char c : from.getAddress().toCharArray()) {
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || ".-_~!$'*+@".indexOf(c) >= 0) {
        link.append(c);
      } else {
        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          link.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    }
    return link.append("?subject=unsubscribe").toString();
  }

  private static Session plainSession() {
    return Session.getInstance(new Properties());
  }

  private record Delivery(
      InternetAddress from, InternetAddress to, SmtpServer server, SmtpDelivery smtp) {}
}
