package io.pmobuyin.jira.field;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Optional;

/**
 * The Jira group an Executive Sponsor must belong to, chosen by an admin. Kept in SAL's global
 * plugin settings, so every node of a cluster reads the same. Until one is chosen, no one can be
 * set as sponsor: the field says so rather than guess.
 */
public class SponsorGroupSetting {

  static final String KEY = "io.pmobuyin.sponsor-group";

  private final PluginSettingsFactory settingsFactory;

  public SponsorGroupSetting(PluginSettingsFactory settingsFactory) {
    this.settingsFactory = settingsFactory;
  }

  public Optional<String> group() {
    Object value = settingsFactory.createGlobalSettings().get(KEY);
    return value instanceof String name && !name.isBlank() ? Optional.of(name) : Optional.empty();
  }

  /** Sets the group; null or blank clears it. The caller has checked that the group exists. */
  public void choose(String group) {
    if (group == null || group.isBlank()) {
      settingsFactory.createGlobalSettings().remove(KEY);
    } else {
      settingsFactory.createGlobalSettings().put(KEY, group.strip());
    }
  }
}
