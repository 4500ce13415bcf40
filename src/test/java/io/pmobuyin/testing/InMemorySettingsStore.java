package io.pmobuyin.testing;

import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.SettingsProblem;
import io.pmobuyin.settings.SettingsStore;
import java.util.List;

/**
 * The settings store of tests: memory only, so what it holds is always readable; safe to share with
 * a server thread.
 */
public final class InMemorySettingsStore implements SettingsStore {

  private AppSettings settings = AppSettings.defaults();

  /** A store already holding these settings. */
  public static InMemorySettingsStore holding(AppSettings settings) {
    InMemorySettingsStore store = new InMemorySettingsStore();
    store.settings = settings;
    return store;
  }

  @Override
  public synchronized AppSettings settings() {
    return settings;
  }

  @Override
  public List<SettingsProblem> readProblems() {
    return List.of();
  }

  @Override
  public synchronized void save(AppSettings settings) {
    this.settings = settings;
  }
}
