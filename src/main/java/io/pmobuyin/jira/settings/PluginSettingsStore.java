package io.pmobuyin.jira.settings;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.SettingsOutcome;
import io.pmobuyin.settings.SettingsProblem;
import io.pmobuyin.settings.SettingsProperties;
import io.pmobuyin.settings.SettingsStore;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin's settings in SAL's global plugin settings: Jira's database, so every node of a cluster
 * reads the same. One key holding {@link Properties} as {@link SettingsProperties} writes them;
 * settings of an older format are upgraded as they are read. Settings that cannot be read never
 * break Jira: the defaults are used, a warning is logged, and {@link #readProblems()} says why
 * until an admin saves.
 */
public class PluginSettingsStore implements SettingsStore {

  static final String KEY = "io.pmobuyin.settings";

  private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsStore.class);

  private final PluginSettingsFactory settingsFactory;

  /** Settings are read on every page: warn once per problem, not on each read. */
  private volatile List<SettingsProblem> lastWarned = List.of();

  public PluginSettingsStore(PluginSettingsFactory settingsFactory) {
    this.settingsFactory = settingsFactory;
  }

  @Override
  public AppSettings settings() {
    return reading().settings();
  }

  @Override
  public List<SettingsProblem> readProblems() {
    return reading().problems();
  }

  @Override
  public void save(AppSettings settings) {
    settingsFactory.createGlobalSettings().put(KEY, SettingsProperties.write(settings));
  }

  private SettingsOutcome reading() {
    Object stored = settingsFactory.createGlobalSettings().get(KEY);
    if (stored == null) {
      return SettingsOutcome.accepted(AppSettings.defaults());
    }
    SettingsOutcome outcome =
        stored instanceof Properties properties
            ? SettingsProperties.decode(properties, AppSettings.defaults())
            : SettingsOutcome.refused(
                AppSettings.defaults(),
                List.of(new SettingsProblem(KEY, "pmobuyin.settings.error.stored-kind")));
    if (!outcome.accepted() && !outcome.problems().equals(lastWarned)) {
      LOG.warn("Stored PMO Buy-In settings unreadable, using the defaults: {}", outcome.problems());
      lastWarned = outcome.problems();
    }
    return outcome;
  }
}
