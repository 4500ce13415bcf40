package io.pmobuyin.jira.run;

import com.atlassian.sal.api.message.I18nResolver;
import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.run.ActionSource;
import io.pmobuyin.run.MiningPlan;
import io.pmobuyin.run.MiningPlans;
import io.pmobuyin.run.StandardMiningPlan;
import io.pmobuyin.scope.CatalogueStore;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.SettingsStore;

/**
 * Each run's plan, from the admin's settings and catalogue as they stand when the run starts, with
 * the improvement actions of the project the settings name.
 */
public class SettingsMiningPlans implements MiningPlans {

  private final SettingsStore settings;
  private final CatalogueStore catalogue;
  private final I18nResolver i18n;
  private final BuildInfo build;
  private final ActionSource actions;

  public SettingsMiningPlans(
      SettingsStore settings,
      CatalogueStore catalogue,
      I18nResolver i18n,
      BuildInfo build,
      ActionSource actions) {
    this.actions = actions;
    this.settings = settings;
    this.catalogue = catalogue;
    this.i18n = i18n;
    this.build = build;
  }

  @Override
  public MiningPlan plan() {
    AppSettings current = settings.settings();
    return new StandardMiningPlan(
        current.mining(),
        current.rates(),
        catalogue.catalogue(),
        current.snapshotsKept(),
        i18n::getText,
        "PMO Buy-In " + build.version(),
        actions,
        current.actionsProject());
  }
}
