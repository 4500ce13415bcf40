package io.pmobuyin.preview.live;

import io.pmobuyin.preview.live.JiraPullException.Reason;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Pulls issues with their change histories from a live Jira (Data Center, Server or Cloud) into a
 * folder of search-result pages, {@code search-0001.json}, {@code search-0002.json}, ..., each as
 * {@code /rest/api/2/search?expand=changelog} returns it, so that the export importer reads them as
 * it reads any export.
 *
 * <p>Sites under {@code atlassian.net} are searched with Cloud's enhanced search ({@code
 * /rest/api/2/search/jql}, paged by token); others with {@code /rest/api/2/search}, falling back to
 * the enhanced search if that answers 404 or 410 (Cloud on its own domain). Change histories a page
 * gives only in part are completed from {@code /rest/api/2/issue/{key}/changelog} before the page
 * is written. Rate limits, server errors and broken connections are retried, up to {@link
 * #MAX_ATTEMPTS} attempts per request.
 *
 * <p>Memory stays within one page, whatever the size of the pull. Nothing is logged, and the token
 * appears in no message, file or progress report. On failure or interruption the folder may hold
 * some pages and {@code .part} files: the caller removes it.
 */
public final class JiraPull {

  /** Attempts per request, the first included. */
  public static final int MAX_ATTEMPTS = BackOff.MAX_ATTEMPTS;

  private final HttpClient http;
  private final Sleeper sleeper;
  private final BackOff backOff;
  private final long largestBody;
  private final int mostHistoryEntries;
  private final Duration requestTimeout;

  public JiraPull(HttpClient http, Sleeper sleeper) {
    this(http, sleeper, new BackOff());
  }

  JiraPull(HttpClient http, Sleeper sleeper, BackOff backOff) {
    this(
        http,
        sleeper,
        backOff,
        JiraCalls.LARGEST_BODY,
        ChangelogCompletion.MOST_ENTRIES,
        JiraCalls.REQUEST_TIMEOUT);
  }

  private JiraPull(
      HttpClient http,
      Sleeper sleeper,
      BackOff backOff,
      long largestBody,
      int mostHistoryEntries,
      Duration requestTimeout) {
    this.http = Objects.requireNonNull(http, "http");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.backOff = Objects.requireNonNull(backOff, "backOff");
    this.largestBody = largestBody;
    this.mostHistoryEntries = mostHistoryEntries;
    this.requestTimeout = requestTimeout;
  }

  /** The same pull keeping answers of at most this many bytes (tests use a small limit). */
  JiraPull keepingAnswersUpTo(long bytes) {
    return new JiraPull(http, sleeper, backOff, bytes, mostHistoryEntries, requestTimeout);
  }

  /** The same pull keeping at most this many history entries an issue (tests use a few). */
  JiraPull keepingHistoriesUpTo(int entries) {
    return new JiraPull(http, sleeper, backOff, largestBody, entries, requestTimeout);
  }

  /** The same pull waiting this long for each answer (tests use a short wait). */
  JiraPull waitingForAnswersUpTo(Duration timeout) {
    return new JiraPull(http, sleeper, backOff, largestBody, mostHistoryEntries, timeout);
  }

  /**
   * A client that connects within 10 s and follows no redirect itself: {@link JiraCalls} follows
   * those that stay with Jira, so the token never goes to another host.
   */
  public static JiraPull standard() {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new JiraPull(http, duration -> Thread.sleep(duration.toMillis()));
  }

  /**
   * Downloads every issue the request's search finds into {@code dir} (created if need be).
   *
   * @param progress told of each page written and each retry; may be null
   * @throws JiraPullException when Jira refuses, cannot be reached, or is not Jira
   * @throws InterruptedException when the thread is interrupted (the caller removes {@code dir})
   */
  public PullResult download(PullRequest request, Path dir, PullProgress progress)
      throws JiraPullException, InterruptedException {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(dir, "dir");
    PullProgress told = progress == null ? PullProgress.silent() : progress;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new JiraPullException(Reason.IO, 0, JiraCalls.describe(e) + " (" + dir + ")");
    }
    JiraCalls calls =
        new JiraCalls(
            http,
            sleeper,
            backOff,
            JiraCredentials.of(request.token()),
            told,
            largestBody,
            requestTimeout);
    return new PullRun(
            calls, new JiraEndpoints(request.baseUrl()), request, dir, told, mostHistoryEntries)
        .run();
  }
}
