package io.pmobuyin.mining;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything a mining run is tuned by.
 *
 * @param pmoStart the day the PMO started; trends compare projects closed before and after it
 * @param zone the zone in which date-only fields (due dates, release dates) are read
 * @param evidenceLimit issue keys kept as evidence per pattern and project
 */
public record MiningConfig(
    PatternThresholds thresholds,
    StatusCategories statusCategories,
    LocalDate pmoStart,
    ZoneId zone,
    int evidenceLimit) {

  public MiningConfig {
    if (evidenceLimit < 0) {
      throw new IllegalArgumentException("evidence limit must not be negative");
    }
  }

  public static MiningConfig defaults() {
    return new MiningConfig(
        PatternThresholds.defaults(), StatusCategories.defaults(), null, ZoneId.of("UTC"), 25);
  }

  public Optional<LocalDate> pmoStartDate() {
    return Optional.ofNullable(pmoStart);
  }

  public MiningConfig withPmoStart(LocalDate start) {
    return new MiningConfig(thresholds, statusCategories, start, zone, evidenceLimit);
  }

  public MiningConfig withThresholds(PatternThresholds changed) {
    return new MiningConfig(changed, statusCategories, pmoStart, zone, evidenceLimit);
  }
}
