package io.pmobuyin.jira.rest;

import io.pmobuyin.mining.portfolio.DeliveryKpis;

/**
 * Delivery KPIs in the REST API: rates as shares from 0 to 1, durations in days; null where the
 * data held nothing to compute a KPI from.
 */
public class KpisDto {

  public long issues;
  public long resolved;
  public Double onTimeRate;
  public Double medianSlipDays;
  public Double scopeGrowth;
  public Double reworkRate;
  public Double estimateAccuracy;
  public Double abandonmentRate;
  public Double cycleTimeP50Days;
  public Double cycleTimeP85Days;
  public Double throughputPerWeek;
  public Double predictabilityIndex;

  static KpisDto of(DeliveryKpis kpis) {
    if (kpis == null) {
      return null;
    }
    KpisDto dto = new KpisDto();
    dto.issues = kpis.issues();
    dto.resolved = kpis.resolved();
    dto.onTimeRate = known(kpis.onTimeRate());
    dto.medianSlipDays = known(kpis.medianSlipDays());
    dto.scopeGrowth = known(kpis.scopeGrowth());
    dto.reworkRate = known(kpis.reworkRate());
    dto.estimateAccuracy = known(kpis.estimateAccuracy());
    dto.abandonmentRate = known(kpis.abandonmentRate());
    dto.cycleTimeP50Days = known(kpis.cycleTimeP50Days());
    dto.cycleTimeP85Days = known(kpis.cycleTimeP85Days());
    dto.throughputPerWeek = known(kpis.throughputPerWeek());
    dto.predictabilityIndex = known(kpis.predictabilityIndex());
    return dto;
  }

  /** JSON has no NaN: an unknown figure is null. */
  static Double known(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
