package io.pmobuyin.mining.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NameTableTest {

  private final NameTable table = new NameTable();

  @Test
  void givesEachDistinctNameOneCodeAndHoldsTheFirstCopy() {
    String first = new String("Story");
    String again = new String("Story");

    int code = table.code(first);

    assertThat(table.code(again)).isEqualTo(code);
    assertThat(table.code("Bug")).isNotEqualTo(code);
    assertThat(table.name(code)).isSameAs(first);
    assertThat(table.intern(again)).isSameAs(first);
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void takesMoreDistinctNamesThanAByteOrAShortCouldCodeWithoutMixingThemUp() {
    int names = 70_000;
    for (int i = 0; i < names; i++) {
      assertThat(table.code("type " + i)).isEqualTo(i);
    }

    assertThat(table.size()).isEqualTo(names);
    assertThat(table.name(255)).isEqualTo("type 255");
    assertThat(table.name(256)).isEqualTo("type 256");
    assertThat(table.name(32_768)).isEqualTo("type 32768");
    assertThat(table.name(65_536)).isEqualTo("type 65536");
    assertThat(table.code("type 69999")).isEqualTo(69_999);
  }

  @Test
  void keepsTheEmptyNameAndRefusesNone() {
    assertThat(table.name(table.code(""))).isEmpty();
    assertThatThrownBy(() -> table.code(null)).isInstanceOf(NullPointerException.class);
  }
}
