package io.pmobuyin.settings;

import io.pmobuyin.mining.pattern.Catalogue;
import java.util.HashMap;
import java.util.Map;

/**
 * Format 0 to 1. Format 0 is the preview's first {@code --config} file: unversioned, with flat keys
 * ({@code hourlyRate}, {@code status.Open}, {@code target.REWORK}). Format 1 puts each key in its
 * area ({@code rates.hourlyRate}) as Jira's admin settings grew past the preview's.
 */
final class NamespacedKeys implements FormatStep {

  private static final Map<String, String> FIXED =
      Map.ofEntries(
          Map.entry("pmoStart", SettingsKeys.PMO_START),
          Map.entry("zone", SettingsKeys.ZONE),
          Map.entry("evidenceLimit", SettingsKeys.EVIDENCE_LIMIT),
          // Dropped by the next step; renamed here so that format 0 reaches it as format 1 had it.
          Map.entry("baselineShare", CommitmentBaselines.BASELINE_SHARE),
          Map.entry("hourlyRate", SettingsKeys.HOURLY_RATE),
          Map.entry("costOfDelayPerDay", SettingsKeys.COST_OF_DELAY),
          Map.entry("currency", SettingsKeys.CURRENCY),
          Map.entry("fallbackHoursPerIssue", SettingsKeys.FALLBACK_HOURS),
          Map.entry("targetReduction", SettingsKeys.TARGET_REDUCTION));

  private static final Map<String, String> RENAMED = renamed();

  private static Map<String, String> renamed() {
    Map<String, String> renamed = new HashMap<>(FIXED);
    // The thresholds had their bare names in format 0 (lateShare, stalledDays, ...).
    Catalogue.thresholds().forEach(t -> renamed.put(t.name(), t.settingsKey()));
    return Map.copyOf(renamed);
  }

  private static final String STATUS = "status.";
  private static final String RESOLUTION = "resolution.";
  private static final String BASELINE = "baseline.";
  private static final String AREAS = "areas.";
  private static final String TARGET = "target.";

  @Override
  public int from() {
    return 0;
  }

  @Override
  public StoredSetting upgrade(StoredSetting setting) {
    String key = setting.key();
    if (RENAMED.containsKey(key)) {
      return setting.renamed(RENAMED.get(key));
    }
    if (key.startsWith(STATUS)) {
      return setting.renamed(SettingsKeys.STATUS + key.substring(STATUS.length()));
    }
    if (key.startsWith(AREAS)) {
      return setting.renamed(SettingsKeys.AREAS + key.substring(AREAS.length()));
    }
    if (key.startsWith(BASELINE)) {
      return setting.renamed(SettingsKeys.BASELINE + key.substring(BASELINE.length()));
    }
    if (key.startsWith(RESOLUTION)) {
      return setting.renamed(SettingsKeys.RESOLUTION + key.substring(RESOLUTION.length()));
    }
    String target = SettingsKeys.TARGET + key.substring(Math.min(key.length(), TARGET.length()));
    // target.reduction named no pattern in format 0; it must not become the default reduction.
    if (key.startsWith(TARGET) && !target.equals(SettingsKeys.TARGET_REDUCTION)) {
      return setting.renamed(target);
    }
    return setting;
  }
}
