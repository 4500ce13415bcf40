package io.pmobuyin.preview.mail;

import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.mail.DigestMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

/**
 * A composed regular report as a MIME message: multipart/alternative with the plain text first and
 * the HTML last (the part a reader prefers when it can show it, RFC 2046), both UTF-8 and
 * quoted-printable, so a mostly-English message stays readable in its source. From, To, Subject,
 * Date, a Message-ID of our own, and {@code List-Unsubscribe} (RFC 2369) with the message's
 * unsubscribe link. {@code List-Unsubscribe-Post} (RFC 8058 one-click) only where the sender says
 * the link takes a POST that unsubscribes without a further step: the preview's links do not.
 */
public final class DigestMail {

  private DigestMail() {}

  /**
   * @param oneClick the unsubscribe link is HTTPS and unsubscribes on a bare POST (RFC 8058)
   */
  public static MimeMessage of(
      Session session,
      DigestMessage digest,
      DigestLinks unchecked,
      InternetAddress from,
      InternetAddress to,
      Instant date,
      boolean oneClick)
      throws MessagingException {
    // A link with a line break would add a header of its own: only checked links go in.
    DigestLinks links = unchecked.checked();
    MimeMessage message = new OwnIdMessage(session, messageId(from));
    message.setFrom(from);
    message.setRecipient(MimeMessage.RecipientType.TO, to);
    message.setSubject(digest.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(date));
    message.setHeader("List-Unsubscribe", "<" + links.unsubscribe() + ">");
    if (oneClick && links.unsubscribe().toLowerCase(Locale.ROOT).startsWith("https://")) {
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(part(digest.text(), "plain"));
    alternative.addBodyPart(part(digest.html(), "html"));
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  private static MimeBodyPart part(String content, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(content, StandardCharsets.UTF_8.name(), subtype);
    part.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return part;
  }

  /** A unique id at the sender's domain, made without asking the network for this host's name. */
  static String messageId(InternetAddress from) {
    String address = from.getAddress();
    String domain = address.substring(address.indexOf('@') + 1);
    return "<pmo-buyin." + UUID.randomUUID() + "@" + domain + ">";
  }

  /** Jakarta Mail would replace any Message-ID with one of its own when the message is saved. */
  private static final class OwnIdMessage extends MimeMessage {

    private final String id;

    OwnIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
