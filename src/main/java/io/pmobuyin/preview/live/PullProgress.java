package io.pmobuyin.preview.live;

import java.time.Duration;

/**
 * What a pull tells while it runs, so that a caller can show it. Neither call ever carries the
 * token.
 */
public interface PullProgress {

  /**
   * A page has been written.
   *
   * @param issuesSoFar issues written so far, this page included
   * @param totalOrMinusOne how many issues Jira says the search finds, or -1 where it does not say
   *     (Jira Cloud)
   */
  void page(long issuesSoFar, long totalOrMinusOne);

  /**
   * A request failed in a way that may pass (rate limit, server error, broken connection); it is
   * made again after {@code wait}.
   *
   * @param attempt the attempt about to be made, 2 to {@link JiraPull#MAX_ATTEMPTS}
   * @param status the HTTP status that failed, or 0 where no answer came
   */
  void retrying(int attempt, int status, Duration wait);

  /**
   * A request came back without an answer (see {@link NoAnswer}); it is made again after {@code
   * wait}, unless it timed out twice in a row, when the pull gives up.
   */
  default void retryingUnanswered(int attempt, NoAnswer why, Duration wait) {
    retrying(attempt, 0, wait);
  }

  /**
   * The pull stopped early, or cut an issue's history short, because Jira would otherwise have kept
   * it going (see {@link EarlyStop}).
   *
   * @param detail the issue key for {@link EarlyStop#ENDLESS_HISTORY}; else empty
   */
  default void stoppedEarly(EarlyStop why, long issuesSoFar, String detail) {}

  /** Tells nothing. */
  static PullProgress silent() {
    return new PullProgress() {
      @Override
      public void page(long issuesSoFar, long totalOrMinusOne) {}

      @Override
      public void retrying(int attempt, int status, Duration wait) {}
    };
  }
}
