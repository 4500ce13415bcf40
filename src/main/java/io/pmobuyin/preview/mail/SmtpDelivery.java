package io.pmobuyin.preview.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Sends a message through one SMTP server, without logging in: plain SMTP, or STARTTLS required
 * when asked. What goes wrong comes back as a {@link MailProblem} in the person's words: the server
 * cannot be reached, it refused the recipient, or it refused the message (its own answer quoted).
 */
public final class SmtpDelivery {

  static final int CONNECT_TIMEOUT_MS = 10_000;
  static final int TIMEOUT_MS = 30_000;

  private final SmtpServer server;
  private final Session session;

  public SmtpDelivery(SmtpServer server) {
    this.server = server;
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", server.host());
    properties.setProperty("mail.smtp.port", Integer.toString(server.port()));
    properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
    properties.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
    properties.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
    if (server.startTls()) {
      properties.setProperty("mail.smtp.starttls.enable", "true");
      properties.setProperty("mail.smtp.starttls.required", "true");
    }
    this.session = Session.getInstance(properties);
  }

  /** The session messages for this server are made in. */
  public Session session() {
    return session;
  }

  public void send(MimeMessage message) throws MailProblem {
    try {
      Transport.send(message);
    } catch (SendFailedException e) {
      Address[] refused = e.getInvalidAddresses();
      if (refused != null && refused.length > 0) {
        throw new MailProblem(
            "pmobuyin.cli.digest.error.recipient",
            server.display(),
            refused[0].toString(),
            said(e.getNextException() != null ? e.getNextException() : e));
      }
      throw refusedMessage(e);
    } catch (MailConnectException e) {
      throw unreachable(e);
    } catch (AuthenticationFailedException e) {
      throw new MailProblem("pmobuyin.cli.digest.error.login", server.display());
    } catch (MessagingException e) {
      if (causedByNetwork(e)) {
        throw unreachable(e);
      }
      throw refusedMessage(e);
    }
  }

  private MailProblem unreachable(Exception e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new MailProblem("pmobuyin.cli.digest.error.unreachable", server.display(), said(root));
  }

  private MailProblem refusedMessage(MessagingException e) {
    return new MailProblem("pmobuyin.cli.digest.error.refused", server.display(), said(e));
  }

  private static boolean causedByNetwork(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** What the server or the network said, on one line. */
  private static String said(Throwable e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UnknownHostException) {
      text = "unknown host " + text;
    }
    return text.replaceAll("\\s+", " ").strip();
  }
}
