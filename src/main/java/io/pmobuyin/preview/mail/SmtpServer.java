package io.pmobuyin.preview.mail;

/**
 * Where to hand the message over: {@code HOST:PORT} as typed ({@code [::1]:2525} for an IPv6
 * address), port 25 when none is given.
 */
public record SmtpServer(String host, int port, boolean startTls) {

  static final int DEFAULT_PORT = 25;

  public static SmtpServer parse(String text, boolean startTls) throws MailProblem {
    String host = text;
    int port = DEFAULT_PORT;
    int colon = text.lastIndexOf(':');
    boolean bracketed = text.startsWith("[");
    if (colon > 0 && (!bracketed || colon > text.indexOf(']'))) {
      host = text.substring(0, colon);
      port = port(text, text.substring(colon + 1));
    } else if (!bracketed && colon >= 0) {
      throw new MailProblem("pmobuyin.cli.digest.error.smtp", text);
    }
    if (!bracketed && host.indexOf(':') >= 0) {
      throw new MailProblem("pmobuyin.cli.digest.error.smtp", text);
    }
    if (bracketed) {
      if (!host.endsWith("]") || host.length() < 3) {
        throw new MailProblem("pmobuyin.cli.digest.error.smtp", text);
      }
      host = host.substring(1, host.length() - 1);
    }
    if (host.isBlank() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@')) {
      throw new MailProblem("pmobuyin.cli.digest.error.smtp", text);
    }
    return new SmtpServer(host, port, startTls);
  }

  private static int port(String text, String digits) throws MailProblem {
    try {
      int port = Integer.parseInt(digits);
      if (port < 1 || port > 65_535) {
        throw new NumberFormatException(digits);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new MailProblem("pmobuyin.cli.digest.error.smtp", text);
    }
  }

  /** As the person typed it, for messages. */
  public String display() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
