package io.pmobuyin.report.view.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

  private static final String NBSP = "\u00a0";

  private final Figures english = new Figures(Locale.ENGLISH, "USD");
  private final Figures german = new Figures(Locale.GERMAN, "EUR");

  @Test
  void writesSharesAsPercentWithOneDecimal() {
    assertThat(english.percent(0.1234)).isEqualTo("12.3%");
    assertThat(english.percent(1)).isEqualTo("100.0%");
    assertThat(english.percent(0)).isEqualTo("0.0%");
    assertThat(german.percent(0.1234)).isEqualTo("12,3" + NBSP + "%");
  }

  @Test
  void writesDecimalsWithOneDecimalAndTheLocalesGrouping() {
    assertThat(english.decimal(1234.56)).isEqualTo("1,234.6");
    assertThat(german.decimal(1234.56)).isEqualTo("1.234,6");
    assertThat(english.decimal(4)).isEqualTo("4.0");
  }

  @Test
  void roundsWholeNumbers() {
    assertThat(english.whole(1234.5)).isEqualTo("1,235");
    assertThat(german.whole(1234567)).isEqualTo("1.234.567");
  }

  @Test
  void writesMoneyShortWithTheCurrencyAfterIt() {
    assertThat(english.money(36_240_000)).isEqualTo("36.2M USD");
    assertThat(english.money(3_600)).isEqualTo("3.6K USD");
    assertThat(english.money(950)).isEqualTo("950 USD");
    assertThat(german.money(36_240_000)).isEqualTo("36,2" + NBSP + "Mio. EUR");
    assertThat(english.currency()).isEqualTo("USD");
  }

  @Test
  void writesChangesOfASharesInSignedPercentagePoints() {
    assertThat(english.points(0.025)).isEqualTo("+2.5 pp");
    assertThat(english.points(-0.04)).isEqualTo("−4.0 pp");
    assertThat(german.points(0.025)).isEqualTo("+2,5 pp");
  }

  @Test
  void writesADashForWhatIsUnknown() {
    for (Figures figures : new Figures[] {english, german}) {
      assertThat(figures.percent(Double.NaN)).isEqualTo("–");
      assertThat(figures.decimal(Double.NaN)).isEqualTo("–");
      assertThat(figures.whole(Double.NaN)).isEqualTo("–");
      assertThat(figures.money(Double.NaN)).isEqualTo("–");
      assertThat(figures.points(Double.NaN)).isEqualTo("–");
      assertThat(figures.percent(Double.POSITIVE_INFINITY)).isEqualTo("–");
    }
  }

  @Test
  void writesPlainNumbersForCsvWithoutGroupingWithADotAndAtMostFourDecimals() {
    assertThat(Figures.plain(1234567.891)).isEqualTo("1234567.891");
    assertThat(Figures.plain(0.123456)).isEqualTo("0.1235");
    assertThat(Figures.plain(2.0)).isEqualTo("2");
    assertThat(Figures.plain(-1.5)).isEqualTo("-1.5");
    assertThat(Figures.plain(0.00001)).isEqualTo("0");
    assertThat(Figures.plain(1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void writesNothingInCsvForWhatIsUnknown() {
    assertThat(Figures.plain(Double.NaN)).isEmpty();
    assertThat(Figures.plain(Double.NEGATIVE_INFINITY)).isEmpty();
  }

  @Test
  void staysPlainWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(Figures.plain(1234.5)).isEqualTo("1234.5");
    } finally {
      Locale.setDefault(before);
    }
  }
}
