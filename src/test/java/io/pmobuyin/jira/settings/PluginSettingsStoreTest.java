package io.pmobuyin.jira.settings;

import static io.pmobuyin.testing.AppSettingsBuilder.everythingChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.SettingsProblem;
import io.pmobuyin.settings.SettingsProperties;
import io.pmobuyin.settings.SettingsStore;
import io.pmobuyin.settings.SettingsStoreContract;
import io.pmobuyin.testing.MapPluginSettings;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The store over SAL plugin settings backed by a map, as Jira's database would be. */
class PluginSettingsStoreTest extends SettingsStoreContract {

  private final Map<String, Object> database = new HashMap<>();
  private final PluginSettingsStore store =
      new PluginSettingsStore(MapPluginSettings.over(database));

  @Override
  protected SettingsStore emptyStore() {
    return new PluginSettingsStore(MapPluginSettings.over(new HashMap<>()));
  }

  private static Properties stored(String... keysAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return properties;
  }

  @Test
  void keepsTheSettingsAsPropertiesOfTheCurrentFormatUnderOneKey() {
    store.save(everythingChanged().build());

    assertThat(database).containsOnlyKeys("io.pmobuyin.settings");
    assertThat(database.get("io.pmobuyin.settings"))
        .isInstanceOfSatisfying(
            Properties.class,
            properties -> {
              assertThat(properties.getProperty("format"))
                  .isEqualTo(String.valueOf(SettingsProperties.FORMAT));
              assertThat(properties.getProperty("executiveGroup")).isEqualTo("pmo-executives");
            });
    assertThat(database.keySet()).allSatisfy(key -> assertThat(key).hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void upgradesSettingsStoredInAnOlderFormatAsItReadsThem() {
    database.put(
        "io.pmobuyin.settings",
        stored("pmoStart", "2023-07-01", "hourlyRate", "95", "status.Parked", "to-do"));

    AppSettings read = store.settings();

    assertThat(store.readProblems()).isEmpty();
    assertThat(read.mining().pmoStart()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(read.rates().hourlyRate()).isEqualTo(95);
    assertThat(read.mining().statusCategories().overrides())
        .containsEntry("Parked", StatusCategory.TO_DO);

    store.save(read);

    assertThat(((Properties) database.get("io.pmobuyin.settings")))
        .containsEntry("format", String.valueOf(SettingsProperties.FORMAT))
        .containsEntry("mining.pmoStart", "2023-07-01")
        .doesNotContainKey("pmoStart");
    assertThat(store.settings()).isEqualTo(read);
  }

  @Test
  void fallsBackToTheDefaultsAndSaysWhyWhenTheStoredSettingsAreOfANewerFormat() {
    database.put("io.pmobuyin.settings", stored("format", "3", "rates.hourlyRate", "95"));

    assertThat(store.settings()).isEqualTo(AppSettings.defaults());
    assertThat(store.readProblems())
        .containsExactly(
            new SettingsProblem(
                "format", "pmobuyin.settings.error.format-newer", 3, SettingsProperties.FORMAT));
  }

  @Test
  void fallsBackToTheDefaultsAndSaysWhyWhenAStoredValueIsWrong() {
    database.put(
        "io.pmobuyin.settings",
        stored("format", "1", "rates.hourlyRate", "95", "snapshots.kept", "0"));

    assertThat(store.settings()).isEqualTo(AppSettings.defaults());
    assertThat(store.readProblems())
        .extracting(SettingsProblem::field, SettingsProblem::messageKey)
        .containsExactly(tuple("snapshots.kept", "pmobuyin.settings.error.out-of-range"));
  }

  @Test
  void fallsBackToTheDefaultsWhenSomethingElseIsStoredUnderItsKey() {
    database.put("io.pmobuyin.settings", "mining.zone=UTC");

    assertThat(store.settings()).isEqualTo(AppSettings.defaults());
    assertThat(store.readProblems())
        .containsExactly(
            new SettingsProblem("io.pmobuyin.settings", "pmobuyin.settings.error.stored-kind"));
  }

  @Test
  void savingGoodSettingsEndsTheProblem() {
    database.put("io.pmobuyin.settings", stored("format", "9"));

    store.save(everythingChanged().build());

    assertThat(store.readProblems()).isEmpty();
    assertThat(store.settings()).isEqualTo(everythingChanged().build());
  }
}
