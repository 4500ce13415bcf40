package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  private static Arguments parse(String... args) {
    return Arguments.parse(
        List.of(args), Set.of("--format", "--issues"), Set.of("--input"), Set.of("--sample"));
  }

  @Test
  void takesSeveralInputsUpToTheNextOption() {
    Arguments args = parse("--input", "a.json", "dir", "--format", "json");

    assertThat(args.values("--input")).containsExactly("a.json", "dir");
    assertThat(args.value("--format", "text")).isEqualTo("json");
  }

  @Test
  void refusesAnUnknownOptionInsteadOfIgnoringIt() {
    assertThatThrownBy(() -> parse("--fromat", "json"))
        .isInstanceOf(UsageException.class)
        .hasMessage("pmobuyin.cli.error.unknown-option");
  }

  @Test
  void refusesAnOptionWithoutItsValue() {
    assertThatThrownBy(() -> parse("--format")).hasMessage("pmobuyin.cli.error.missing-value");
    assertThatThrownBy(() -> parse("--input", "--sample"))
        .hasMessage("pmobuyin.cli.error.missing-value");
  }

  @Test
  void readsPositiveNumbersWithUnderscores() {
    assertThat(parse("--issues", "1_000_000").number("--issues", 5)).isEqualTo(1_000_000);
    assertThat(parse().number("--issues", 5)).isEqualTo(5);
    assertThatThrownBy(() -> parse("--issues", "-3").number("--issues", 5))
        .hasMessage("pmobuyin.cli.error.not-a-number");
  }
}
