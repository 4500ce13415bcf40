package io.pmobuyin.preview.live;

import io.pmobuyin.preview.live.JiraPullException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes GET requests to Jira with the token, making them again while the failure may pass: 429 and
 * 5xx answers (after {@code Retry-After} where Jira gives one) and broken connections. A successful
 * answer's body goes straight to a file, so that no page is ever held in memory whole.
 *
 * <p>Redirects are followed here, not by the HTTP client, because the client would resend the token
 * to wherever it is sent: only a redirect to the same origin (scheme, host and port) is followed,
 * at most {@link #MAX_REDIRECTS} in a row; any other stops the pull and names where it pointed.
 */
final class JiraCalls {

  /**
   * Generous for a page of all fields with change histories, short enough that a Jira that never
   * answers is given up on in minutes: after {@link #MOST_TIMEOUTS} waits this long in a row.
   */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

  /** Timeouts in a row after which a request is given up, whatever attempts are left. */
  static final int MOST_TIMEOUTS = 2;

  static final int MAX_REDIRECTS = 5;

  /**
   * The largest answer kept: a page of 1,000 issues with their histories is tens of megabytes; an
   * answer past this is a server that does not stop.
   */
  static final long LARGEST_BODY = 512L * 1024 * 1024;

  /** Enough of an error answer for Jira's messages; the rest is page furniture. */
  private static final int ERROR_BODY_LIMIT = 64 * 1024;

  private final HttpClient http;
  private final Sleeper sleeper;
  private final BackOff backOff;
  private final JiraCredentials credentials;
  private final PullProgress progress;
  private final long largestBody;
  private final Duration requestTimeout;

  JiraCalls(
      HttpClient http,
      Sleeper sleeper,
      BackOff backOff,
      JiraCredentials credentials,
      PullProgress progress,
      long largestBody,
      Duration requestTimeout) {
    this.http = http;
    this.sleeper = sleeper;
    this.backOff = backOff;
    this.credentials = credentials;
    this.progress = progress;
    this.largestBody = largestBody;
    this.requestTimeout = requestTimeout;
  }

  /**
   * @param bodyFile where a successful answer's body is written (replaced)
   * @throws JiraPullException GAVE_UP when every attempt failed; IO when the host is unknown, its
   *     certificate is refused or the file cannot be written
   */
  JiraAnswer get(URI uri, Path bodyFile) throws JiraPullException, InterruptedException {
    HttpRequest request = request(uri);
    int redirects = 0;
    int timeouts = 0;
    NoAnswer noAnswer = null;
    for (int attempt = 1; ; attempt++) {
      int status;
      String detail;
      Optional<String> retryAfter = Optional.empty();
      try {
        HttpResponse<InputStream> response =
            http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        status = response.statusCode();
        noAnswer = null;
        timeouts = 0;
        if (isRedirect(status)) {
          response.body().close();
          URI target = redirectTarget(request.uri(), response, status);
          if (++redirects > MAX_REDIRECTS) {
            throw new JiraPullException(
                Reason.REDIRECTED, status, "more than " + MAX_REDIRECTS + " redirects");
          }
          request = request(target);
          attempt--;
          continue;
        }
        try (InputStream body = response.body()) {
          if (status >= 200 && status < 300) {
            if (!save(body, bodyFile, largestBody)) {
              throw new JiraPullException(
                  Reason.NOT_JIRA,
                  status,
                  "an answer larger than " + megabytes(largestBody) + " MB");
            }
            return new JiraAnswer(status, "");
          }
          detail = errorDetail(response, body);
        }
        if (!mayPass(status)) {
          return new JiraAnswer(status, detail);
        }
        retryAfter = response.headers().firstValue("Retry-After");
      } catch (FileNotWritten e) {
        throw new JiraPullException(
            Reason.IO, 0, credentials.redact(describe(e.getCause()) + " (" + bodyFile + ")"));
      } catch (IOException e) {
        if (hopeless(e)) {
          throw new JiraPullException(Reason.IO, 0, credentials.redact(describe(e)));
        }
        status = 0;
        detail = describe(e);
        noAnswer = NoAnswer.of(e);
        timeouts = noAnswer == NoAnswer.TIMED_OUT ? timeouts + 1 : 0;
      }
      if (attempt >= BackOff.MAX_ATTEMPTS || timeouts >= MOST_TIMEOUTS) {
        throw new JiraPullException(Reason.GAVE_UP, status, credentials.redact(detail));
      }
      Duration wait = backOff.after(attempt, retryAfter);
      if (noAnswer != null) {
        progress.retryingUnanswered(attempt + 1, noAnswer, wait);
      } else {
        progress.retrying(attempt + 1, status, wait);
      }
      sleeper.sleep(wait);
    }
  }

  private HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .GET()
        .header("Authorization", credentials.authorization())
        .header("Accept", "application/json")
        .timeout(requestTimeout)
        .build();
  }

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * Where a redirect points, if it stays on the origin the token was given for.
   *
   * @throws JiraPullException REDIRECTED when it points elsewhere or nowhere; the detail names the
   *     other origin only, never its path or query
   */
  private static URI redirectTarget(URI from, HttpResponse<?> response, int status)
      throws JiraPullException {
    Optional<String> location = response.headers().firstValue("Location");
    URI target;
    try {
      target = location.map(from::resolve).orElse(null);
    } catch (IllegalArgumentException e) {
      target = null;
    }
    if (target == null || target.getHost() == null) {
      throw new JiraPullException(Reason.REDIRECTED, status, "no usable Location");
    }
    if (!origin(target).equals(origin(from))) {
      throw new JiraPullException(Reason.REDIRECTED, status, origin(target));
    }
    return target;
  }

  /** scheme://host:port, lower case, with the scheme's default port filled in. */
  static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port < 0) {
      port = scheme.equals("https") ? 443 : 80;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + ":" + port;
  }

  /** Rate limits and the errors of overloaded or restarting servers and their proxies. */
  static boolean mayPass(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  /**
   * Failures that no wait mends: a host name that does not resolve (mostly a typing error) and a
   * certificate the JDK does not trust (a company CA missing from its trust store).
   */
  static boolean hopeless(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException
          || t instanceof UnresolvedAddressException
          || t instanceof GeneralSecurityException) {
        return true;
      }
    }
    return false;
  }

  private String errorDetail(HttpResponse<InputStream> response, InputStream body)
      throws IOException {
    // Data Center asks for a CAPTCHA after failed log-ins: the only remedy is to log in by browser.
    String denied = response.headers().firstValue("X-Authentication-Denied-Reason").orElse("");
    String words = JiraErrorText.of(body.readNBytes(ERROR_BODY_LIMIT));
    String detail = denied.isBlank() || words.isBlank() ? denied + words : denied + "; " + words;
    return credentials.redact(detail);
  }

  /**
   * The body to the file, if it is at most {@code largest} bytes; a failure of the file itself
   * comes as {@link FileNotWritten}.
   *
   * @return false, having stopped reading, when the body goes on past the limit
   */
  private static boolean save(InputStream body, Path file, long largest) throws IOException {
    try (OutputStream out = new LocalFile(file)) {
      byte[] buffer = new byte[64 * 1024];
      long written = 0;
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        written += n;
        if (written > largest) {
          return false;
        }
        out.write(buffer, 0, n);
      }
      return true;
    }
  }

  private static long megabytes(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** A local write failed, not the connection: no retry mends it. */
  private static final class FileNotWritten extends IOException {
    FileNotWritten(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** A file whose every failure is a {@link FileNotWritten}. */
  private static final class LocalFile extends OutputStream {
    private final OutputStream out;

    LocalFile(Path file) throws FileNotWritten {
      try {
        out = Files.newOutputStream(file);
      } catch (IOException e) {
        throw new FileNotWritten(e);
      }
    }

    @Override
    public void write(int b) throws FileNotWritten {
      try {
        out.write(b);
      } catch (IOException e) {
        throw new FileNotWritten(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws FileNotWritten {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw new FileNotWritten(e);
      }
    }

    @Override
    public void close() throws FileNotWritten {
      try {
        out.close();
      } catch (IOException e) {
        throw new FileNotWritten(e);
      }
    }
  }
}
