package io.pmobuyin.preview.live;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before a request is made again: what Jira asks for in {@code Retry-After}, else
 * 1 s doubling up to 60 s, each with up to a tenth more at random, so that clients that failed
 * together do not all come back at once.
 */
final class BackOff {

  static final int MAX_ATTEMPTS = 6;
  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration LONGEST = Duration.ofSeconds(60);
  static final Duration LONGEST_ASKED = Duration.ofSeconds(120);

  private final DoubleSupplier random;

  BackOff() {
    this(() -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * @param random values from 0 (inclusive) to 1 (exclusive)
   */
  BackOff(DoubleSupplier random) {
    this.random = random;
  }

  /**
   * @param failedAttempt the attempt that just failed, from 1
   * @param retryAfter the {@code Retry-After} header of its answer, if any
   */
  Duration after(int failedAttempt, Optional<String> retryAfter) {
    Optional<Duration> asked = retryAfter.flatMap(BackOff::seconds);
    if (asked.isPresent()) {
      Duration wait = asked.get();
      return wait.compareTo(LONGEST_ASKED) > 0 ? LONGEST_ASKED : wait;
    }
    int doublings = Math.min(Math.max(failedAttempt - 1, 0), 30);
    long millis = Math.min(FIRST.toMillis() << doublings, LONGEST.toMillis());
    long jitter = (long) (millis * 0.1 * random.getAsDouble());
    return Duration.ofMillis(millis + jitter);
  }

  /** Only the seconds form; an HTTP date (rare from Jira) falls back to the back-off. */
  private static Optional<Duration> seconds(String header) {
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
