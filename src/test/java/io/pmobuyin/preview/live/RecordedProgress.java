package io.pmobuyin.preview.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a pull told, and the waits it asked for, instead of waiting. */
final class RecordedProgress implements PullProgress, Sleeper {

  record Page(long issuesSoFar, long total) {}

  record Retry(int attempt, int status, Duration delay) {}

  final List<Page> pages = new ArrayList<>();
  final List<Retry> retries = new ArrayList<>();
  final List<Duration> sleeps = new ArrayList<>();

  /** Early stops, as "WHY issuesSoFar detail". */
  final List<String> stops = new ArrayList<>();

  /** Requests made again without an answer, as "attempt WHY". */
  final List<String> unanswered = new ArrayList<>();

  @Override
  public void page(long issuesSoFar, long totalOrMinusOne) {
    pages.add(new Page(issuesSoFar, totalOrMinusOne));
  }

  @Override
  public void retrying(int attempt, int status, Duration wait) {
    retries.add(new Retry(attempt, status, wait));
  }

  @Override
  public void retryingUnanswered(int attempt, NoAnswer why, Duration wait) {
    unanswered.add(attempt + " " + why);
  }

  @Override
  public void stoppedEarly(EarlyStop why, long issuesSoFar, String detail) {
    stops.add(why + " " + issuesSoFar + " " + detail);
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
  }

  /** A pull against the fake that records here instead of sleeping. */
  JiraPull pull() {
    return new JiraPull(FakeJira.client(), this);
  }
}
