package io.pmobuyin.testing;

import io.pmobuyin.settings.SettingsStore;
import io.pmobuyin.settings.SettingsStoreContract;

/** The test double keeps the contract of the real store, so tests using it say something true. */
class InMemorySettingsStoreTest extends SettingsStoreContract {

  @Override
  protected SettingsStore emptyStore() {
    return new InMemorySettingsStore();
  }
}
