package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackOffTest {

  private final BackOff noJitter = new BackOff(() -> 0);

  @Test
  void doublesFromOneSecondUpToAMinute() {
    assertThat(noJitter.after(1, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    assertThat(noJitter.after(2, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
    assertThat(noJitter.after(5, Optional.empty())).isEqualTo(Duration.ofSeconds(16));
    assertThat(noJitter.after(7, Optional.empty())).isEqualTo(Duration.ofSeconds(60));
    assertThat(noJitter.after(40, Optional.empty())).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void addsAtMostATenthAtRandom() {
    BackOff mostJitter = new BackOff(() -> 0.999_999);

    assertThat(mostJitter.after(3, Optional.empty()).toMillis()).isBetween(4000L, 4400L);
  }

  @Test
  void honoursRetryAfterUpToTwoMinutes() {
    assertThat(noJitter.after(1, Optional.of("30"))).isEqualTo(Duration.ofSeconds(30));
    assertThat(noJitter.after(4, Optional.of(" 3 "))).isEqualTo(Duration.ofSeconds(3));
    assertThat(noJitter.after(1, Optional.of("3600"))).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void fallsBackToItsOwnWaitWhenRetryAfterIsNoNumberOfSeconds() {
    assertThat(noJitter.after(2, Optional.of("Wed, 21 Oct 2026 07:28:00 GMT")))
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(noJitter.after(2, Optional.of("-5"))).isEqualTo(Duration.ofSeconds(2));
  }
}
