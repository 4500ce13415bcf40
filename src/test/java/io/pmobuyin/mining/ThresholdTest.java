package io.pmobuyin.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.mining.pattern.Catalogue;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  @Test
  void takesItsKeysFromItsName() {
    Threshold threshold = Threshold.days("quietSpellDays", 3, false);

    assertThat(threshold.settingsKey()).isEqualTo("mining.quietSpellDays");
    assertThat(threshold.slug()).isEqualTo("quiet-spell-days");
    assertThat(threshold.labelKey()).isEqualTo("pmobuyin.admin.costs.field.quiet-spell-days");
    assertThat(threshold.helpKey()).isEqualTo("pmobuyin.admin.costs.field.quiet-spell-days.help");
  }

  @Test
  void allowsWhatItsKindAllows() {
    Threshold share = Threshold.share("aShare", 0.5);
    Threshold days = Threshold.days("someDays", 1, true);
    Threshold positiveDays = Threshold.days("otherDays", 1, false);
    Threshold count = Threshold.count("events", 3, 1, 10);

    assertThat(share.allows(0)).isFalse();
    assertThat(share.allows(1)).isFalse();
    assertThat(share.allows(0.999)).isTrue();
    assertThat(days.allows(0)).isTrue();
    assertThat(positiveDays.allows(0)).isFalse();
    assertThat(positiveDays.allows(1e6)).isTrue();
    assertThat(count.allows(2.5)).isFalse();
    assertThat(count.allows(10)).isTrue();
    assertThat(count.allows(11)).isFalse();
    assertThat(count.whole()).isTrue();
    assertThat(share.allows(Double.NaN)).isFalse();
  }

  @Test
  void refusesADefaultOutsideItsRangeABadNameAndABoundWithoutMessage() {
    assertThatThrownBy(() -> Threshold.share("aShare", 1))
        .hasMessageContaining("default lies outside");
    assertThatThrownBy(() -> Threshold.count("events", 0, 1, 10))
        .hasMessageContaining("default lies outside");
    assertThatThrownBy(() -> Threshold.days("Some days", 1, true))
        .hasMessageContaining("lower camel case");
    Threshold high = Threshold.multiple("high", 2);
    assertThatThrownBy(() -> Threshold.multiple("low", 1).below(high, null))
        .hasMessageContaining("needs its message");
  }

  @Test
  void thresholdsKeepOnlyWhatDiffersFromTheDefaultsAndHoldTheirRanges() {
    Threshold days = Threshold.days("someDays", 4, false);
    PatternThresholds defaults = PatternThresholds.defaults();

    assertThat(defaults.value(days)).isEqualTo(4);
    assertThat(tuned(days, 4)).isEqualTo(defaults);
    assertThat(tuned(days, 5).value(days)).isEqualTo(5);
    assertThatThrownBy(() -> tuned(days, 0)).hasMessageContaining("someDays");
  }

  @Test
  void aTunedLowerBoundStaysUnderItsUpperOne() {
    Threshold high = Threshold.multiple("high", 2);
    Threshold low = Threshold.multiple("low", 1).below(high, "some.message");
    PatternThresholds defaults = PatternThresholds.defaults();

    assertThat(tuned(low, 1.5).value(low)).isEqualTo(1.5);
    assertThatThrownBy(() -> tuned(low, 2)).hasMessageContaining("must stay under");
    assertThatThrownBy(
            () ->
                new PatternThresholds(
                    Map.of(low, 3.0, high, 2.5),
                    defaults.resolutions(),
                    defaults.bugTypes(),
                    defaults.blockedStatuses(),
                    defaults.priorityOrder()))
        .hasMessageContaining("must stay under");
  }

  @Test
  void theCatalogueNamesEachThresholdOnceAndBoundsOnlyByItsOwn() {
    Set<String> names = new HashSet<>();
    for (Threshold threshold : Catalogue.thresholds()) {
      assertThat(names.add(threshold.name())).as(threshold.name()).isTrue();
      if (threshold.below() != null) {
        assertThat(Catalogue.thresholds()).contains(threshold.below());
      }
    }
    assertThat(names).contains("stalledDays", "estimateLow", "estimateHigh", "handoffs");
  }

  /** The default thresholds with one number set, through the constructor's checks. */
  private static PatternThresholds tuned(Threshold threshold, double value) {
    PatternThresholds d = PatternThresholds.defaults();
    return new PatternThresholds(
        Map.of(threshold, value),
        d.resolutions(),
        d.bugTypes(),
        d.blockedStatuses(),
        d.priorityOrder());
  }
}
