package io.pmobuyin.settings;

/**
 * The keys of the current settings format: the same in a {@link SettingsForm}, in stored properties
 * and in {@link SettingsProblem#field()}.
 */
public final class SettingsKeys {

  public static final String PMO_START = "mining.pmoStart";
  public static final String ZONE = "mining.zone";
  public static final String EVIDENCE_LIMIT = "mining.evidenceLimit";

  // Each pattern's thresholds are keyed by their own definitions: Threshold#settingsKey().

  /**
   * Followed by a project key; the value is the day its scope was committed (work created after it
   * is scope creep).
   */
  public static final String BASELINE = "mining.baseline.";

  /** Followed by a status name; the value is {@code to-do}, {@code in-progress} or {@code done}. */
  public static final String STATUS = "mining.status.";

  /**
   * Followed by a resolution name; the value is {@code done}, {@code not-done} or {@code
   * duplicate}.
   */
  public static final String RESOLUTION = "mining.resolution.";

  public static final String HOURLY_RATE = "rates.hourlyRate";
  public static final String COST_OF_DELAY = "rates.costOfDelayPerDay";
  public static final String CURRENCY = "rates.currency";
  public static final String FALLBACK_HOURS = "rates.fallbackHoursPerIssue";

  /**
   * Followed by a pattern id, such as {@code rates.areas.SCOPE_CREEP}; the value lists the value
   * areas its money falls in: {@code employee}, {@code customer}, {@code financial},
   * comma-separated.
   */
  public static final String AREAS = "rates.areas.";

  public static final String TARGET_REDUCTION = "targets.reduction";

  /** Followed by a pattern id, such as {@code targets.SCOPE_CREEP}. */
  public static final String TARGET = "targets.";

  public static final String ARCHIVED = "closed.archived";
  public static final String CATEGORY_IDS = "closed.categoryIds";
  public static final String PROJECT_KEYS = "closed.projectKeys";
  public static final String SUGGEST_RESOLVED_SHARE = "closed.suggest.resolvedShare";
  public static final String SUGGEST_QUIET_DAYS = "closed.suggest.quietDays";

  public static final String INTERVAL_HOURS = "schedule.intervalHours";
  public static final String SNAPSHOTS_KEPT = "snapshots.kept";
  public static final String EXECUTIVE_GROUP = "executiveGroup";

  /**
   * The key of the Jira project whose issues are the PMO's improvement actions; blank for no plan.
   */
  public static final String ACTIONS_PROJECT = "actions.project";

  private SettingsKeys() {}
}
