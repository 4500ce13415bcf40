package io.pmobuyin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.Threshold;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.EstimationMissPattern;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin's form holds every threshold the patterns declare to that threshold's own range. */
class ThresholdRulesTest {

  static java.util.List<Threshold> thresholds() {
    return Catalogue.thresholds();
  }

  @ParameterizedTest
  @MethodSource("thresholds")
  void theFormSetsTheThresholdWithinItsRange(Threshold threshold) {
    double value =
        threshold.whole() ? threshold.defaultValue() + 1 : threshold.defaultValue() * 0.9;

    SettingsOutcome outcome = apply(threshold.settingsKey(), number(value));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.settings().mining().thresholds().value(threshold)).isEqualTo(value);
  }

  @ParameterizedTest
  @MethodSource("thresholds")
  void theFormRefusesTheThresholdJustOutsideItsRange(Threshold threshold) {
    double outside = threshold.minIncluded() ? threshold.min() - 1 : threshold.min();

    SettingsOutcome outcome = apply(threshold.settingsKey(), number(outside));

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo(threshold.settingsKey()));
    assertThat(NumberRule.of(threshold).allows(outside)).isFalse();
    assertThat(NumberRule.of(threshold).allows(threshold.defaultValue())).isTrue();
  }

  @ParameterizedTest
  @MethodSource("thresholds")
  void storedSettingsCarryTheThreshold(Threshold threshold) {
    assertThat(SettingsProperties.write(AppSettings.defaults()))
        .containsKey(threshold.settingsKey());
  }

  @org.junit.jupiter.api.Test
  void aLowerBoundAtOrAboveItsUpperOneIsRefusedOnTheFieldTheAdminChanged() {
    Threshold low = EstimationMissPattern.LOW;
    Threshold high = EstimationMissPattern.HIGH;

    SettingsOutcome outcome = apply(high.settingsKey(), number(low.defaultValue()));

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo(high.settingsKey());
              assertThat(p.messageKey()).isEqualTo(low.belowMessageKey());
            });
  }

  private static SettingsOutcome apply(String key, String text) {
    return SettingsEditor.apply(AppSettings.defaults(), new SettingsForm(Map.of(key, text)));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
