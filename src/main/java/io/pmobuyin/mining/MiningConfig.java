package io.pmobuyin.mining;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a mining run is tuned by.
 *
 * @param pmoStart the day the PMO started; trends compare projects closed before and after it
 * @param zone the zone in which date-only fields (due dates, release dates) are read
 * @param evidenceLimit issue keys kept as evidence per pattern and project
 * @param projectBaselines per project key, the day its scope was committed: work created after it
 *     is scope creep
 */
public record MiningConfig(
    PatternThresholds thresholds,
    StatusCategories statusCategories,
    LocalDate pmoStart,
    ZoneId zone,
    int evidenceLimit,
    Map<String, LocalDate> projectBaselines) {

  public MiningConfig {
    if (evidenceLimit < 0) {
      throw new IllegalArgumentException("evidence limit must not be negative");
    }
    projectBaselines = Map.copyOf(projectBaselines);
  }

  /** Without project baselines. */
  public MiningConfig(
      PatternThresholds thresholds,
      StatusCategories statusCategories,
      LocalDate pmoStart,
      ZoneId zone,
      int evidenceLimit) {
    this(thresholds, statusCategories, pmoStart, zone, evidenceLimit, Map.of());
  }

  public static MiningConfig defaults() {
    return new MiningConfig(
        PatternThresholds.defaults(), StatusCategories.defaults(), null, ZoneId.of("UTC"), 25);
  }

  public Optional<LocalDate> pmoStartDate() {
    return Optional.ofNullable(pmoStart);
  }

  public MiningConfig withPmoStart(LocalDate start) {
    return new MiningConfig(
        thresholds, statusCategories, start, zone, evidenceLimit, projectBaselines);
  }

  public MiningConfig withThresholds(PatternThresholds changed) {
    return new MiningConfig(
        changed, statusCategories, pmoStart, zone, evidenceLimit, projectBaselines);
  }

  public MiningConfig withStatusCategories(StatusCategories changed) {
    return new MiningConfig(thresholds, changed, pmoStart, zone, evidenceLimit, projectBaselines);
  }

  public MiningConfig withProjectBaselines(Map<String, LocalDate> baselines) {
    return new MiningConfig(thresholds, statusCategories, pmoStart, zone, evidenceLimit, baselines);
  }

  /** The start of the project's baseline day in the mining zone; null when none is set. */
  public Instant projectBaseline(String projectKey) {
    LocalDate day = projectBaselines.get(projectKey);
    return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
