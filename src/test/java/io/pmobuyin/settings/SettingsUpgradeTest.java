package io.pmobuyin.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsUpgradeTest {

  /** A format 2 that might come: the currency moves to its own area. */
  private static final FormatStep CURRENCY_MOVES =
      new FormatStep() {
        @Override
        public int from() {
          return 1;
        }

        @Override
        public StoredSetting upgrade(StoredSetting setting) {
          return setting.key().equals("rates.currency")
              ? setting.renamed("money.currency").rewritten(setting.text().toLowerCase(Locale.ROOT))
              : setting;
        }
      };

  private static Properties stored(String... keysAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return properties;
  }

  @Test
  void settingsWithoutAFormatAreFormatZeroAndGetNamespacedKeys() {
    SettingsUpgrade.Upgraded upgraded =
        SettingsUpgrade.standard()
            .upgrade(stored("hourlyRate", "95", "status.Open", "done", "target.REWORK", "0.5"));

    assertThat(upgraded.problems()).isEmpty();
    assertThat(upgraded.settings())
        .containsExactlyInAnyOrder(
            new StoredSetting("hourlyRate", "rates.hourlyRate", "95"),
            new StoredSetting("status.Open", "mining.status.Open", "done"),
            new StoredSetting("target.REWORK", "targets.REWORK", "0.5"));
  }

  @Test
  void currentSettingsPassUnchanged() {
    SettingsUpgrade.Upgraded upgraded =
        SettingsUpgrade.standard().upgrade(stored("format", "1", "rates.hourlyRate", "95"));

    assertThat(upgraded.settings())
        .containsExactly(new StoredSetting("rates.hourlyRate", "rates.hourlyRate", "95"));
    assertThat(upgraded.form().values()).containsOnlyKeys("rates.hourlyRate");
  }

  @Test
  void aNewFormatIsOneMoreStepAndEveryOlderFormatReachesIt() {
    SettingsUpgrade withFormatTwo =
        new SettingsUpgrade(List.of(new NamespacedKeys(), CURRENCY_MOVES));

    assertThat(withFormatTwo.currentFormat()).isEqualTo(2);
    assertThat(withFormatTwo.upgrade(stored("currency", "EUR")).settings())
        .containsExactly(new StoredSetting("currency", "money.currency", "eur"));
    assertThat(withFormatTwo.upgrade(stored("format", "1", "rates.currency", "EUR")).settings())
        .containsExactly(new StoredSetting("rates.currency", "money.currency", "eur"));
    assertThat(withFormatTwo.upgrade(stored("format", "2", "money.currency", "chf")).settings())
        .containsExactly(new StoredSetting("money.currency", "money.currency", "chf"));
    assertThat(SettingsUpgrade.standard().upgrade(stored("format", "3")).problems())
        .extracting(SettingsProblem::messageKey)
        .containsExactly("pmobuyin.settings.error.format-newer");
  }

  @Test
  void refusesStepsOutOfOrder() {
    assertThatThrownBy(() -> new SettingsUpgrade(List.of(CURRENCY_MOVES)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesANegativeFormat() {
    assertThat(SettingsUpgrade.standard().upgrade(stored("format", "-1")).problems())
        .containsExactly(new SettingsProblem("format", "pmobuyin.settings.error.format", "-1"));
  }

  @Test
  void namesAProblemByTheKeyAsStored() {
    SettingsUpgrade.Upgraded upgraded = SettingsUpgrade.standard().upgrade(stored("zone", "x"));
    SettingsProblem aboutTheCurrentKey =
        new SettingsProblem("mining.zone", "pmobuyin.settings.error.zone", "x");

    assertThat(upgraded.asStored(aboutTheCurrentKey))
        .isEqualTo(new SettingsProblem("zone", "pmobuyin.settings.error.zone", "x"));
  }
}
