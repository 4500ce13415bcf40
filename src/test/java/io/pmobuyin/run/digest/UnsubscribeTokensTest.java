package io.pmobuyin.run.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

  private static byte[] secret(int fill) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) fill);
    return bytes;
  }

  private final UnsubscribeTokens tokens = new UnsubscribeTokens(secret(7));

  @Test
  void aTokenIsValidForItsOwnUserAndSubscriptionOnly() {
    String token = tokens.token("ann", "weekly-1");

    assertThat(tokens.valid(token, "ann", "weekly-1")).isTrue();
    assertThat(tokens.valid(token, "bo", "weekly-1")).isFalse();
    assertThat(tokens.valid(token, "ann", "weekly-2")).isFalse();
    assertThat(tokens.valid(token, "ann", "*")).isFalse();
  }

  @Test
  void anotherInstancesSecretMakesOtherTokens() {
    assertThat(new UnsubscribeTokens(secret(8)).valid(tokens.token("ann", "w"), "ann", "w"))
        .isFalse();
  }

  @Test
  void userAndSubscriptionCannotBeShiftedIntoEachOther() {
    assertThatThrownBy(() -> tokens.token("b", "c\na"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(tokens.valid(tokens.token("a\nb", "c"), "b", "c\na")).isFalse();
  }

  @Test
  void refusesMissingOrTamperedTokens() {
    String token = tokens.token("ann", "weekly-1");

    assertThat(tokens.valid(null, "ann", "weekly-1")).isFalse();
    assertThat(tokens.valid("", "ann", "weekly-1")).isFalse();
    assertThat(tokens.valid(token.substring(1) + "A", "ann", "weekly-1")).isFalse();
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> new UnsubscribeTokens(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
