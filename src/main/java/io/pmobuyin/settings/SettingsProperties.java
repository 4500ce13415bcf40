package io.pmobuyin.settings;

import static io.pmobuyin.settings.SettingsKeys.ACTIONS_PROJECT;
import static io.pmobuyin.settings.SettingsKeys.ARCHIVED;
import static io.pmobuyin.settings.SettingsKeys.AREAS;
import static io.pmobuyin.settings.SettingsKeys.BASELINE;
import static io.pmobuyin.settings.SettingsKeys.CATEGORY_IDS;
import static io.pmobuyin.settings.SettingsKeys.COST_OF_DELAY;
import static io.pmobuyin.settings.SettingsKeys.CURRENCY;
import static io.pmobuyin.settings.SettingsKeys.EVIDENCE_LIMIT;
import static io.pmobuyin.settings.SettingsKeys.EXECUTIVE_GROUP;
import static io.pmobuyin.settings.SettingsKeys.FALLBACK_HOURS;
import static io.pmobuyin.settings.SettingsKeys.HOURLY_RATE;
import static io.pmobuyin.settings.SettingsKeys.INTERVAL_HOURS;
import static io.pmobuyin.settings.SettingsKeys.PMO_START;
import static io.pmobuyin.settings.SettingsKeys.PROJECT_KEYS;
import static io.pmobuyin.settings.SettingsKeys.RESOLUTION;
import static io.pmobuyin.settings.SettingsKeys.SNAPSHOTS_KEPT;
import static io.pmobuyin.settings.SettingsKeys.STATUS;
import static io.pmobuyin.settings.SettingsKeys.SUGGEST_QUIET_DAYS;
import static io.pmobuyin.settings.SettingsKeys.SUGGEST_RESOLVED_SHARE;
import static io.pmobuyin.settings.SettingsKeys.TARGET;
import static io.pmobuyin.settings.SettingsKeys.TARGET_REDUCTION;
import static io.pmobuyin.settings.SettingsKeys.ZONE;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.Threshold;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.ValueArea;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Settings as flat {@link Properties}: what SAL plugin settings keep inside Jira and what the
 * preview's {@code --config} file holds. Written in the current format, every key present (blank
 * for none); read from any format {@link SettingsUpgrade} knows, through the same rules as an
 * admin's form, so stored text can never hold what an admin could not set.
 */
public final class SettingsProperties {

  public static final int FORMAT = 2;

  private SettingsProperties() {}

  public static Properties write(AppSettings settings) {
    Properties p = new Properties();
    p.setProperty(SettingsUpgrade.FORMAT_KEY, Integer.toString(FORMAT));
    MiningConfig mining = settings.mining();
    p.setProperty(PMO_START, mining.pmoStart() == null ? "" : mining.pmoStart().toString());
    p.setProperty(ZONE, mining.zone().getId());
    p.setProperty(EVIDENCE_LIMIT, Integer.toString(mining.evidenceLimit()));
    PatternThresholds t = mining.thresholds();
    for (Threshold threshold : Catalogue.thresholds()) {
      double value = t.value(threshold);
      p.setProperty(
          threshold.settingsKey(), threshold.whole() ? Long.toString((long) value) : number(value));
    }
    mining
        .statusCategories()
        .overrides()
        .forEach((name, category) -> p.setProperty(STATUS + name, StatusCategoryText.of(category)));
    mining
        .projectBaselines()
        .forEach((project, day) -> p.setProperty(BASELINE + project, day.toString()));
    t.resolutions()
        .overrides()
        .forEach((name, kind) -> p.setProperty(RESOLUTION + name, ResolutionClassText.of(kind)));
    p.setProperty(HOURLY_RATE, number(settings.rates().hourlyRate()));
    p.setProperty(COST_OF_DELAY, number(settings.rates().costOfDelayPerDay()));
    p.setProperty(CURRENCY, settings.rates().currency());
    p.setProperty(FALLBACK_HOURS, number(settings.rates().fallbackHoursPerIssue()));
    settings
        .rates()
        .areas()
        .forEach(
            (pattern, areas) ->
                p.setProperty(
                    AREAS + pattern.name(),
                    areas.stream().map(ValueArea::id).collect(Collectors.joining(","))));
    p.setProperty(TARGET_REDUCTION, number(settings.targets().defaultReduction()));
    settings
        .targets()
        .reductions()
        .forEach((pattern, reduction) -> p.setProperty(TARGET + pattern.name(), number(reduction)));
    ClosedProjectRules closed = settings.closed();
    p.setProperty(ARCHIVED, Boolean.toString(closed.archived()));
    p.setProperty(CATEGORY_IDS, list(closed.categoryIds()));
    p.setProperty(PROJECT_KEYS, list(closed.projectKeys()));
    p.setProperty(SUGGEST_RESOLVED_SHARE, number(closed.resolvedShare()));
    p.setProperty(SUGGEST_QUIET_DAYS, Integer.toString(closed.quietDays()));
    p.setProperty(INTERVAL_HOURS, Integer.toString(settings.schedule().intervalHours()));
    p.setProperty(SNAPSHOTS_KEPT, Integer.toString(settings.snapshotsKept()));
    p.setProperty(EXECUTIVE_GROUP, settings.executives().orElse(""));
    p.setProperty(ACTIONS_PROJECT, settings.actions().orElse(""));
    return p;
  }

  /** The settings the properties hold, on top of the defaults. */
  public static AppSettings read(Properties stored) {
    SettingsOutcome outcome = decode(stored, AppSettings.defaults());
    if (!outcome.accepted()) {
      throw new UnreadableSettings(outcome.problems());
    }
    return outcome.settings();
  }

  /**
   * The settings the properties hold, keys they lack keeping {@code base}'s values; or, refused,
   * every problem, named by the keys as stored.
   */
  public static SettingsOutcome decode(Properties stored, AppSettings base) {
    SettingsUpgrade.Upgraded upgraded = SettingsUpgrade.standard().upgrade(stored);
    if (!upgraded.problems().isEmpty()) {
      return SettingsOutcome.refused(base, upgraded.problems());
    }
    SettingsOutcome outcome = SettingsEditor.apply(base, upgraded.form());
    if (outcome.accepted()) {
      return outcome;
    }
    List<SettingsProblem> problems = outcome.problems().stream().map(upgraded::asStored).toList();
    return SettingsOutcome.refused(base, problems);
  }

  /** As short as it can be and still read back to the very same double. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static <T extends Comparable<T>> String list(Collection<T> items) {
    return items.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
  }
}
