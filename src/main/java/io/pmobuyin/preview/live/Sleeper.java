package io.pmobuyin.preview.live;

import java.time.Duration;

/**
 * Waits between attempts at a request. {@link JiraPull#standard()} really sleeps; tests pass one
 * that only records the waits.
 */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;
}
