package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pmobuyin.preview.live.JiraPullException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Jira that never answers is given up on after two timeouts in a row, not after every attempt; a
 * refused connection is retried; each is told as what it is, never as "answered -".
 */
class UnansweredTest extends HostileJiraTest {

  @Test
  void givesUpOnASilentServerAfterTwoTimeoutsInARow() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread accepting =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      accepting.setDaemon(true);
      accepting.start();

      JiraPullException e =
          catchThrowableOfType(
              JiraPullException.class,
              () ->
                  new JiraPull(FakeJira.client(), told)
                      .waitingForAnswersUpTo(Duration.ofMillis(300))
                      .download(request(silent.getLocalPort()), dir, told));

      assertThat(e.toString()).doesNotContain(PAT);
      assertThat(e.reason()).isEqualTo(Reason.GAVE_UP);
      assertThat(e.status()).isZero();
      assertThat(e.detail()).contains("HttpTimeoutException");
      assertThat(told.unanswered).containsExactly("2 TIMED_OUT");
      assertThat(told.retries).isEmpty();
    }
  }

  @Test
  void retriesARefusedConnectionAndSaysItWasRefused() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }

    JiraPullException e =
        catchThrowableOfType(
            JiraPullException.class,
            () -> new JiraPull(FakeJira.client(), told).download(request(closedPort), dir, told));

    assertThat(e.reason()).isEqualTo(Reason.GAVE_UP);
    assertThat(told.unanswered)
        .hasSize(JiraPull.MAX_ATTEMPTS - 1)
        .allSatisfy(event -> assertThat(event).endsWith("REFUSED"));
  }

  private static PullRequest request(int port) {
    return request(URI.create("http://127.0.0.1:" + port));
  }
}
