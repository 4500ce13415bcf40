package io.pmobuyin.settings;

import static io.pmobuyin.testing.AppSettingsBuilder.everythingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every settings store does, the one in Jira and the one of tests alike. */
public abstract class SettingsStoreContract {

  protected abstract SettingsStore emptyStore();

  @Test
  void givesTheDefaultsBeforeAnythingIsSaved() {
    SettingsStore store = emptyStore();

    assertThat(store.settings()).isEqualTo(AppSettings.defaults());
    assertThat(store.readProblems()).isEmpty();
  }

  @Test
  void givesBackWhatWasSaved() {
    SettingsStore store = emptyStore();
    AppSettings settings = everythingChanged().build();

    store.save(settings);

    assertThat(store.settings()).isEqualTo(settings);
    assertThat(store.readProblems()).isEmpty();
  }

  @Test
  void theLaterSaveWins() {
    SettingsStore store = emptyStore();

    store.save(everythingChanged().build());
    store.save(AppSettings.defaults());

    assertThat(store.settings()).isEqualTo(AppSettings.defaults());
  }
}
