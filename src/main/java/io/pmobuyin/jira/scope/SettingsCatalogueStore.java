package io.pmobuyin.jira.scope;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.pmobuyin.scope.CatalogueChange;
import io.pmobuyin.scope.CatalogueProperties;
import io.pmobuyin.scope.CatalogueStore;
import io.pmobuyin.scope.ServiceCatalogue;
import java.util.List;
import java.util.Properties;

/**
 * The service catalogue and its audit trail in SAL's global plugin settings: Jira's database, so
 * every node of a cluster reads the same. Two keys, each holding {@link Properties} in the format
 * of {@link CatalogueProperties}. Concurrent edits are rare (admins, one page); the later save
 * wins.
 */
public class SettingsCatalogueStore implements CatalogueStore {

  static final String CATALOGUE_KEY = "io.pmobuyin.catalogue";
  static final String CHANGES_KEY = "io.pmobuyin.catalogue.changes";

  private final PluginSettingsFactory settingsFactory;

  public SettingsCatalogueStore(PluginSettingsFactory settingsFactory) {
    this.settingsFactory = settingsFactory;
  }

  @Override
  public ServiceCatalogue catalogue() {
    return CatalogueProperties.readCatalogue(properties(CATALOGUE_KEY));
  }

  @Override
  public List<CatalogueChange> changes() {
    return CatalogueProperties.readChanges(properties(CHANGES_KEY));
  }

  @Override
  public synchronized void save(ServiceCatalogue catalogue, CatalogueChange change) {
    PluginSettings settings = settingsFactory.createGlobalSettings();
    settings.put(CATALOGUE_KEY, CatalogueProperties.write(catalogue));
    settings.put(CHANGES_KEY, CatalogueProperties.writeChanges(changes(), change));
  }

  private Properties properties(String key) {
    Object value = settingsFactory.createGlobalSettings().get(key);
    return value instanceof Properties properties ? properties : null;
  }
}
