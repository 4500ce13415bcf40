package io.pmobuyin.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeValueTest {

  @Test
  void readsIdsSeparatedBySpacesCommasOrSemicolonsInAnyCase() {
    assertThat(ScopeValue.parse(" Risk-Review,pmo-gov;  reporting\tplan ").ids())
        .containsExactly("risk-review", "pmo-gov", "reporting", "plan");
  }

  @Test
  void keepsEachIdOnceWhereItFirstAppears() {
    assertThat(ScopeValue.parse("plan risk PLAN risk").ids()).containsExactly("plan", "risk");
  }

  @Test
  void storesIdsSeparatedByOneSpace() {
    assertThat(ScopeValue.of(Arrays.asList("plan", null, " ", "Risk")).text())
        .isEqualTo("plan risk");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", " , ;"})
  void readsNothingAsNoValueWhichIsStoredAsNull(String text) {
    ScopeValue value = ScopeValue.parse(text);

    assertThat(value.isEmpty()).isTrue();
    assertThat(value.text()).isNull();
  }

  @Test
  void readsItsOwnTextBackUnchanged() {
    ScopeValue value = ScopeValue.parse("b a c");

    assertThat(ScopeValue.parse(value.text())).isEqualTo(value);
  }
}
