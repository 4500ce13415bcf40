package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.live.EarlyStop;
import io.pmobuyin.preview.live.JiraPull;
import io.pmobuyin.preview.live.JiraPullException;
import io.pmobuyin.preview.live.NoAnswer;
import io.pmobuyin.preview.live.PullProgress;
import io.pmobuyin.preview.live.PullRequest;
import io.pmobuyin.preview.live.PullResult;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code --jira URL --token TOKEN [--jql JQL]}: pulls issues with their histories from a live Jira
 * into a temporary folder of search pages, with progress on the error stream, so the usual import
 * reads them. The token may come from the environment instead, out of the process list; it is never
 * printed.
 */
final class JiraSource {

  static final String TOKEN_VARIABLE = "PMO_BUYIN_JIRA_TOKEN";

  private final Messages messages;
  private final PrintStream err;
  private final JiraPull pull;

  JiraSource(Messages messages, PrintStream err, JiraPull pull) {
    this.messages = messages;
    this.err = err;
    this.pull = pull;
  }

  /** The request the options describe, or a usage error in the user's words. */
  static PullRequest request(String url, String token, String jql) {
    String secret = token != null ? token : System.getenv(TOKEN_VARIABLE);
    if (secret == null || secret.isBlank()) {
      throw new UsageException("pmobuyin.cli.error.jira-token", TOKEN_VARIABLE);
    }
    secret = secret.strip();
    if (!PullRequest.holdsOnlyTokenCharacters(secret)) {
      // A bad token, not a bad command line: refused before anything is sent, and never shown.
      throw new FileProblem("pmobuyin.cli.error.jira-token-characters", TOKEN_VARIABLE);
    }
    try {
      return new PullRequest(new URI(url), secret, jql, PullRequest.DEFAULT_PAGE_SIZE);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new UsageException("pmobuyin.cli.error.jira-url", url);
    }
  }

  /**
   * Pulls into a new temporary folder, which the caller closes (deleting it); it is deleted too if
   * the program is stopped meanwhile.
   */
  TemporaryFolder download(PullRequest request) throws IOException, InterruptedException {
    TemporaryFolder folder = TemporaryFolder.create("pmo-buyin-jira");
    err.println(messages.text("pmobuyin.cli.jira.pulling", request.baseUrl()));
    try {
      PullResult result = pull.download(request, folder.path(), progress());
      err.println(
          messages.text(
              "pmobuyin.cli.jira.pulled",
              Long.toString(result.issues()),
              Integer.toString(result.pages())));
      return folder;
    } catch (JiraPullException e) {
      folder.close();
      throw new FileProblem(
          key("pmobuyin.cli.error.jira.", e.reason()),
          request.baseUrl(),
          e.status() > 0
              ? Integer.toString(e.status())
              : messages.text("pmobuyin.cli.jira.no-answer"),
          e.detail());
    } catch (InterruptedException | RuntimeException e) {
      folder.close();
      throw e;
    }
  }

  private PullProgress progress() {
    return new PullProgress() {
      @Override
      public void page(long issuesSoFar, long totalOrMinusOne) {
        err.println(
            totalOrMinusOne < 0
                ? messages.text("pmobuyin.cli.jira.progress", Long.toString(issuesSoFar))
                : messages.text(
                    "pmobuyin.cli.jira.progress-of",
                    Long.toString(issuesSoFar),
                    Long.toString(totalOrMinusOne)));
      }

      @Override
      public void stoppedEarly(EarlyStop why, long issuesSoFar, String detail) {
        err.println(
            messages.text(
                key("pmobuyin.cli.jira.stopped.", why), Long.toString(issuesSoFar), detail));
      }

      @Override
      public void retryingUnanswered(int attempt, NoAnswer why, Duration wait) {
        err.println(
            messages.text(
                key("pmobuyin.cli.jira.retrying.", why),
                Long.toString(Math.max(1, wait.toSeconds())),
                Integer.toString(attempt),
                Integer.toString(JiraPull.MAX_ATTEMPTS)));
      }

      @Override
      public void retrying(int attempt, int status, Duration wait) {
        err.println(
            messages.text(
                "pmobuyin.cli.jira.retrying",
                status > 0 ? Integer.toString(status) : "-",
                Long.toString(Math.max(1, wait.toSeconds())),
                Integer.toString(attempt),
                Integer.toString(JiraPull.MAX_ATTEMPTS)));
      }
    };
  }

  /**
   * The message key for one value of an enum: {@code GAVE_UP} under a prefix as {@code gave-up}.
   */
  static String key(String prefix, Enum<?> value) {
    return prefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
