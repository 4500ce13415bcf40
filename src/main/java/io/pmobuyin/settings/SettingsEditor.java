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
import io.pmobuyin.mining.ResolutionClasses;
import io.pmobuyin.mining.StatusCategories;
import io.pmobuyin.mining.Threshold;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.value.ImprovementTargets;
import io.pmobuyin.value.ValueRates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules of changing settings: a {@link SettingsForm} applied to the current settings. Each
 * wrong field is refused with an i18n problem naming it, and nothing changes then. The records keep
 * their own invariants; the rules here are theirs (or stricter, for what an admin may type), said
 * per field.
 */
public final class SettingsEditor {

  static final int MAX_EVIDENCE = 1_000;

  private static final NumberRule NOT_NEGATIVE = NumberRule.atLeast(0);
  private static final NumberRule FRACTION = NumberRule.from(0, 1);

  private SettingsEditor() {}

  public static SettingsOutcome apply(AppSettings current, SettingsForm form) {
    FormFields fields = new FormFields(form);
    MiningConfig mining = mining(fields, current.mining());
    ValueRates rates = rates(fields, current.rates());
    ImprovementTargets targets = targets(fields, current.targets());
    ClosedProjectRules closed = closed(fields, current.closed());
    RunSchedule schedule =
        new RunSchedule(
            fields.whole(
                INTERVAL_HOURS,
                current.schedule().intervalHours(),
                NumberRule.from(RunSchedule.MIN_HOURS, RunSchedule.MAX_HOURS)));
    int snapshots =
        fields.whole(
            SNAPSHOTS_KEPT,
            current.snapshotsKept(),
            NumberRule.from(AppSettings.MIN_SNAPSHOTS, AppSettings.MAX_SNAPSHOTS));
    String group =
        fields.optionalText(EXECUTIVE_GROUP, current.executiveGroup(), AppSettings.GROUP_LENGTH);
    String actions = actionsProject(fields, current.actionsProject());
    if (!fields.problems().isEmpty()) {
      return SettingsOutcome.refused(current, fields.problems());
    }
    return SettingsOutcome.accepted(
        new AppSettings(mining, rates, targets, closed, schedule, snapshots, group, actions));
  }

  private static MiningConfig mining(FormFields fields, MiningConfig current) {
    return new MiningConfig(
        thresholds(fields, current.thresholds()),
        statuses(fields, current.statusCategories()),
        fields.date(PMO_START, current.pmoStart()),
        fields.zone(ZONE, current.zone()),
        fields.whole(EVIDENCE_LIMIT, current.evidenceLimit(), NumberRule.from(0, MAX_EVIDENCE)),
        baselines(fields, current.projectBaselines()));
  }

  /** A blank day removes the project's baseline. */
  private static Map<String, LocalDate> baselines(
      FormFields fields, Map<String, LocalDate> current) {
    Map<String, LocalDate> baselines = new TreeMap<>(current);
    fields
        .under(BASELINE)
        .forEach(
            (key, text) -> {
              String project = key.substring(BASELINE.length()).strip().toUpperCase(Locale.ROOT);
              if (!ClosedProjectRules.PROJECT_KEY.matcher(project).matches()) {
                fields.problem(key, "pmobuyin.settings.error.baseline-project", project);
              } else if (text.isEmpty()) {
                baselines.remove(project);
              } else {
                LocalDate day = fields.date(key, null);
                if (day != null) {
                  baselines.put(project, day);
                }
              }
            });
    return baselines;
  }

  /** Each threshold the patterns declare, by its own range and its bound by another. */
  private static PatternThresholds thresholds(FormFields fields, PatternThresholds current) {
    Map<Threshold, Double> values = new LinkedHashMap<>();
    for (Threshold threshold : Catalogue.thresholds()) {
      String key = threshold.settingsKey();
      double now = current.value(threshold);
      NumberRule rule = NumberRule.of(threshold);
      values.put(
          threshold,
          threshold.whole() ? fields.whole(key, (int) now, rule) : fields.number(key, now, rule));
    }
    for (Threshold lower : Catalogue.thresholds()) {
      Threshold upper = lower.below();
      if (upper == null || values.get(lower) < values.get(upper)) {
        continue;
      }
      if (fields.fine(lower.settingsKey(), upper.settingsKey())) {
        // The bound the admin changed is the one to mark: the other was fine before.
        String field =
            fields.given(upper.settingsKey()) ? upper.settingsKey() : lower.settingsKey();
        fields.problem(field, lower.belowMessageKey(), values.get(lower), values.get(upper));
      }
      values.put(lower, current.value(lower));
      values.put(upper, current.value(upper));
    }
    return new PatternThresholds(
        values,
        resolutions(fields, current.resolutions()),
        current.bugTypes(),
        current.blockedStatuses(),
        current.priorityOrder());
  }

  /** A blank category removes the mapping, so the default applies again. */
  private static StatusCategories statuses(FormFields fields, StatusCategories current) {
    return StatusCategories.defaults()
        .with(
            namedOverrides(
                fields,
                STATUS,
                current.overrides(),
                StatusCategoryText::parse,
                "pmobuyin.settings.error.status-twice",
                "pmobuyin.settings.error.status-category"));
  }

  /** A blank class removes the mapping, so the default applies again. */
  private static ResolutionClasses resolutions(FormFields fields, ResolutionClasses current) {
    return ResolutionClasses.defaults()
        .with(
            namedOverrides(
                fields,
                RESOLUTION,
                current.overrides(),
                ResolutionClassText::parse,
                "pmobuyin.settings.error.resolution-twice",
                "pmobuyin.settings.error.resolution-class"));
  }

  /**
   * The overrides of a name table after the form's {@code prefix + name} fields: each name once in
   * any case, each value one the parser knows, a blank value dropping the name.
   */
  private static <V> Map<String, V> namedOverrides(
      FormFields fields,
      String prefix,
      Map<String, V> current,
      java.util.function.Function<String, Optional<V>> parser,
      String twiceKey,
      String valueKey) {
    Map<String, V> overrides = new HashMap<>(current);
    Map<String, String> seen = new HashMap<>();
    fields
        .under(prefix)
        .forEach(
            (key, text) -> {
              String name = key.substring(prefix.length()).strip();
              String lower = name.toLowerCase(Locale.ROOT);
              if (name.isEmpty()) {
                fields.problem(key, "pmobuyin.settings.error.unknown-key", key);
                return;
              }
              String other = seen.putIfAbsent(lower, name);
              if (other != null) {
                fields.problem(key, twiceKey, name, other);
                return;
              }
              Optional<V> value = parser.apply(text);
              if (value.isEmpty() && !text.isEmpty()) {
                fields.problem(key, valueKey, text);
                return;
              }
              overrides.keySet().removeIf(earlier -> earlier.equalsIgnoreCase(name));
              value.ifPresent(v -> overrides.put(name, v));
            });
    return overrides;
  }

  private static ValueRates rates(FormFields fields, ValueRates current) {
    return new ValueRates(
        fields.number(HOURLY_RATE, current.hourlyRate(), NOT_NEGATIVE),
        fields.number(COST_OF_DELAY, current.costOfDelayPerDay(), NOT_NEGATIVE),
        fields.currency(CURRENCY, current.currency()),
        fields.number(FALLBACK_HOURS, current.fallbackHoursPerIssue(), NOT_NEGATIVE),
        areas(fields, current.areas()));
  }

  /**
   * A pattern's value areas: known ids, each once, at least one; a blank value gives the pattern
   * its built-in areas again.
   */
  private static Map<PatternId, List<ValueArea>> areas(
      FormFields fields, Map<PatternId, List<ValueArea>> current) {
    Map<PatternId, List<ValueArea>> areas = new EnumMap<>(PatternId.class);
    areas.putAll(current);
    fields
        .under(AREAS)
        .forEach(
            (key, text) -> {
              Optional<PatternId> pattern = pattern(key.substring(AREAS.length()));
              if (pattern.isEmpty()) {
                fields.problem(
                    key, "pmobuyin.settings.error.pattern", key.substring(AREAS.length()));
                return;
              }
              if (text.isBlank()) {
                areas.remove(pattern.get());
                return;
              }
              List<ValueArea> parsed = new ArrayList<>();
              for (String id : text.split(",")) {
                Optional<ValueArea> area = area(id.strip());
                if (area.isEmpty() || parsed.contains(area.get())) {
                  fields.problem(key, "pmobuyin.settings.error.value-areas", text);
                  return;
                }
                parsed.add(area.get());
              }
              if (parsed.isEmpty()) {
                fields.problem(key, "pmobuyin.settings.error.value-areas", text);
                return;
              }
              areas.put(pattern.get(), parsed);
            });
    return areas;
  }

  private static Optional<ValueArea> area(String id) {
    for (ValueArea area : ValueArea.values()) {
      if (area.id().equalsIgnoreCase(id)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }

  /** A blank target removes it, so the pattern follows the default reduction again. */
  private static ImprovementTargets targets(FormFields fields, ImprovementTargets current) {
    double reduction = fields.number(TARGET_REDUCTION, current.defaultReduction(), FRACTION);
    Map<PatternId, Double> reductions = new EnumMap<>(PatternId.class);
    reductions.putAll(current.reductions());
    fields
        .under(TARGET)
        .forEach(
            (key, text) -> {
              Optional<PatternId> pattern = pattern(key.substring(TARGET.length()));
              if (pattern.isEmpty()) {
                fields.problem(
                    key, "pmobuyin.settings.error.pattern", key.substring(TARGET.length()));
              } else if (text.isEmpty()) {
                reductions.remove(pattern.get());
              } else {
                reductions.put(
                    pattern.get(), fields.number(key, reduction(current, pattern.get()), FRACTION));
              }
            });
    return new ImprovementTargets(reduction, reductions);
  }

  private static double reduction(ImprovementTargets current, PatternId pattern) {
    return current.reductions().getOrDefault(pattern, current.defaultReduction());
  }

  private static Optional<PatternId> pattern(String id) {
    try {
      return Optional.of(PatternId.valueOf(id.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ClosedProjectRules closed(FormFields fields, ClosedProjectRules current) {
    return new ClosedProjectRules(
        fields.flag(ARCHIVED, current.archived()),
        fields.list(
            CATEGORY_IDS,
            current.categoryIds(),
            SettingsEditor::categoryId,
            "pmobuyin.settings.error.category-id"),
        fields.list(
            PROJECT_KEYS,
            current.projectKeys(),
            SettingsEditor::projectKey,
            "pmobuyin.settings.error.project-key"),
        fields.number(SUGGEST_RESOLVED_SHARE, current.resolvedShare(), FRACTION),
        fields.whole(
            SUGGEST_QUIET_DAYS,
            current.quietDays(),
            NumberRule.from(ClosedProjectRules.MIN_QUIET_DAYS, ClosedProjectRules.MAX_QUIET_DAYS)));
  }

  /** Blank for no plan; else a key of Jira's form, in any case. */
  private static String actionsProject(FormFields fields, String current) {
    String text = fields.optionalText(ACTIONS_PROJECT, current, AppSettings.GROUP_LENGTH);
    if (text == null || text.equals(current)) {
      return text;
    }
    Optional<String> key = projectKey(text.strip());
    if (key.isEmpty()) {
      fields.problem(ACTIONS_PROJECT, "pmobuyin.settings.error.actions-project", text);
      return current;
    }
    return key.get();
  }

  private static Optional<Long> categoryId(String text) {
    try {
      long id = Long.parseLong(text);
      return id > 0 ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> projectKey(String text) {
    String key = text.toUpperCase(Locale.ROOT);
    return ClosedProjectRules.PROJECT_KEY.matcher(key).matches()
        ? Optional.of(key)
        : Optional.empty();
  }
}
