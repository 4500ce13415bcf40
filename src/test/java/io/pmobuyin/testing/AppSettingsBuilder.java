package io.pmobuyin.testing;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.StatusCategories;
import io.pmobuyin.mining.Threshold;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.record.ResolutionClass;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.ClosedProjectRules;
import io.pmobuyin.settings.RunSchedule;
import io.pmobuyin.value.ImprovementTargets;
import io.pmobuyin.value.ValueRates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes {@link AppSettings}: the defaults unless a test says otherwise. */
public final class AppSettingsBuilder {

  private AppSettings base = AppSettings.defaults();
  private PatternThresholds thresholds = base.mining().thresholds();
  private final Map<String, StatusCategory> statuses = new LinkedHashMap<>();
  private LocalDate pmoStart;
  private ZoneId zone = base.mining().zone();
  private int evidenceLimit = base.mining().evidenceLimit();
  private final Map<String, LocalDate> baselines = new LinkedHashMap<>();
  private ValueRates rates = base.rates();
  private double defaultReduction = ImprovementTargets.DEFAULT_REDUCTION;
  private final Map<PatternId, Double> reductions = new EnumMap<>(PatternId.class);
  private boolean archived = true;
  private Set<Long> categoryIds = Set.of();
  private Set<String> projectKeys = Set.of();
  private double resolvedShare = ClosedProjectRules.DEFAULT_RESOLVED_SHARE;
  private int quietDays = ClosedProjectRules.DEFAULT_QUIET_DAYS;
  private int intervalHours = RunSchedule.DEFAULT_HOURS;
  private int snapshotsKept = AppSettings.DEFAULT_SNAPSHOTS;
  private String executiveGroup;
  private String actionsProject;

  private AppSettingsBuilder() {}

  public static AppSettingsBuilder appSettings() {
    return new AppSettingsBuilder();
  }

  /**
   * Each threshold the patterns declare moved off its default within its range, keeping any bound
   * by another: so a new pattern's threshold takes part in every round trip unasked.
   */
  public static Map<Threshold, Double> everyThresholdNudged() {
    Map<Threshold, Double> values = new java.util.LinkedHashMap<>();
    for (Threshold threshold : Catalogue.thresholds()) {
      double d = threshold.defaultValue();
      double value =
          switch (threshold.unit()) {
            case COUNT -> d + 1 <= threshold.max() ? d + 1 : d - 1;
            case SHARE -> d + (1 - d) / 3;
            default -> d * 1.1 + 0.05;
          };
      values.put(threshold, value);
    }
    return values;
  }

  /** Every setting away from its default, none of them round numbers: for round trips. */
  public static AppSettingsBuilder everythingChanged() {
    PatternThresholds t = PatternThresholds.defaults();
    return appSettings()
        .thresholds(
            new PatternThresholds(
                everyThresholdNudged(),
                t.resolutions().with(Map.of("Descoped", ResolutionClass.NOT_DONE)),
                t.bugTypes(),
                t.blockedStatuses(),
                t.priorityOrder()))
        .status("Awaiting Deploy", StatusCategory.IN_PROGRESS)
        .status("Parked", StatusCategory.TO_DO)
        .status("Shipped = live", StatusCategory.DONE)
        .pmoStart(LocalDate.of(2023, 7, 1))
        .zone("Europe/Berlin")
        .evidenceLimit(40)
        .baseline("ABC", LocalDate.of(2024, 3, 1))
        .rates(
            new ValueRates(
                95.5,
                1_234.5,
                "EUR",
                3.25,
                Map.of(
                    PatternId.SCOPE_CREEP,
                    List.of(ValueArea.FINANCIAL),
                    PatternId.HANDOFF_CHURN,
                    List.of(ValueArea.CUSTOMER, ValueArea.EMPLOYEE))))
        .defaultReduction(0.25)
        .target(PatternId.SCOPE_CREEP, 0.5)
        .target(PatternId.REWORK, 0)
        .archived(false)
        .categoryIds(10_000L, 10_001L)
        .projectKeys("ALPHA", "B2_X")
        .resolvedShare(0.9)
        .quietDays(60)
        .intervalHours(6)
        .snapshotsKept(90)
        .executiveGroup("pmo-executives")
        .actionsProject("PMO_PLAN");
  }

  public AppSettingsBuilder thresholds(PatternThresholds thresholds) {
    this.thresholds = thresholds;
    return this;
  }

  public AppSettingsBuilder status(String name, StatusCategory category) {
    statuses.put(name, category);
    return this;
  }

  public AppSettingsBuilder pmoStart(LocalDate pmoStart) {
    this.pmoStart = pmoStart;
    return this;
  }

  public AppSettingsBuilder zone(String zone) {
    this.zone = ZoneId.of(zone);
    return this;
  }

  public AppSettingsBuilder evidenceLimit(int evidenceLimit) {
    this.evidenceLimit = evidenceLimit;
    return this;
  }

  public AppSettingsBuilder rates(ValueRates rates) {
    this.rates = rates;
    return this;
  }

  public AppSettingsBuilder defaultReduction(double reduction) {
    this.defaultReduction = reduction;
    return this;
  }

  public AppSettingsBuilder target(PatternId pattern, double reduction) {
    reductions.put(pattern, reduction);
    return this;
  }

  public AppSettingsBuilder archived(boolean archived) {
    this.archived = archived;
    return this;
  }

  public AppSettingsBuilder categoryIds(Long... ids) {
    this.categoryIds = Set.of(ids);
    return this;
  }

  public AppSettingsBuilder projectKeys(String... keys) {
    this.projectKeys = Set.of(keys);
    return this;
  }

  public AppSettingsBuilder resolvedShare(double share) {
    this.resolvedShare = share;
    return this;
  }

  public AppSettingsBuilder quietDays(int days) {
    this.quietDays = days;
    return this;
  }

  public AppSettingsBuilder intervalHours(int hours) {
    this.intervalHours = hours;
    return this;
  }

  public AppSettingsBuilder snapshotsKept(int kept) {
    this.snapshotsKept = kept;
    return this;
  }

  /** The day a project's scope was committed. */
  public AppSettingsBuilder baseline(String projectKey, LocalDate day) {
    baselines.put(projectKey, day);
    return this;
  }

  public AppSettingsBuilder executiveGroup(String group) {
    this.executiveGroup = group;
    return this;
  }

  public AppSettingsBuilder actionsProject(String key) {
    this.actionsProject = key;
    return this;
  }

  public AppSettings build() {
    return new AppSettings(
        new MiningConfig(
            thresholds,
            StatusCategories.defaults().with(statuses),
            pmoStart,
            zone,
            evidenceLimit,
            baselines),
        rates,
        new ImprovementTargets(defaultReduction, reductions),
        new ClosedProjectRules(archived, categoryIds, projectKeys, resolvedShare, quietDays),
        new RunSchedule(intervalHours),
        snapshotsKept,
        executiveGroup,
        actionsProject);
  }
}
