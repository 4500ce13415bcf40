package io.pmobuyin.jira.scope;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.scope.CatalogueChange;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.MapPluginSettings;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The store over SAL plugin settings backed by a map, as Jira's database would be. */
class SettingsCatalogueStoreTest {

  private final Map<String, Object> database = new HashMap<>();
  private final SettingsCatalogueStore store =
      new SettingsCatalogueStore(MapPluginSettings.over(database));

  @Test
  void startsEmptyThenReadsBackWhatItSaved() {
    CatalogueEntry risk =
        new CatalogueEntry("risk", "Risk review", "", ScopeStatus.IN_SCOPE, null, false);
    CatalogueChange added =
        new CatalogueChange(
            "admin",
            Instant.parse("2026-11-21T10:00:00Z"),
            CatalogueChange.Action.ADDED,
            null,
            risk);

    assertThat(store.catalogue().entries()).isEmpty();
    store.save(new ServiceCatalogue(List.of(risk)), added);

    assertThat(store.catalogue().entries()).containsExactly(risk);
    assertThat(store.changes()).containsExactly(added);
    assertThat(database.keySet())
        .allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(100));
    assertThat(database.get(SettingsCatalogueStore.CATALOGUE_KEY)).isInstanceOf(Properties.class);
  }
}
