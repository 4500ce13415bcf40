package io.pmobuyin.preview.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that greets and then answers one command with a refusal of its choosing, e.g. a
 * 550 to RCPT TO: what a real server says to a recipient it does not know, which GreenMail (that
 * takes every recipient) never says. One connection, on a thread of its own.
 */
final class RefusingSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Thread thread;

  /**
   * @param command the command refused, e.g. {@code RCPT}
   * @param refusal the whole answer line, e.g. {@code 550 5.1.1 no such user}
   */
  RefusingSmtpServer(String command, String refusal) throws IOException {
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    thread = new Thread(() -> serve(command, refusal), "refusing-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve(String command, String refusal) {
    try (Socket client = socket.accept()) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = client.getOutputStream();
      say(out, "220 refusing.example ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
        if (verb.equals(command)) {
          say(out, refusal);
        } else if (verb.equals("QUIT")) {
          say(out, "221 bye");
          return;
        } else if (verb.equals("EHLO") || verb.equals("HELO")) {
          say(out, "250 refusing.example");
        } else if (verb.equals("DATA")) {
          say(out, "354 go on");
          while ((line = in.readLine()) != null && !line.equals(".")) {
            // the message is read and thrown away
          }
          say(out, "250 queued");
        } else {
          say(out, "250 ok");
        }
      }
    } catch (IOException e) {
      // the test has closed the server
    }
  }

  private static void say(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
