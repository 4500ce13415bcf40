package io.pmobuyin.jira.rest;

import io.pmobuyin.mining.portfolio.DeliveryKpis;

/**
 * Delivery KPIs in the REST API: rates as shares from 0 to 1, durations in days; null where the
 * data held nothing to compute a KPI from.
 */
public record KpisDto(
    long issues,
    long resolved,
    Double onTimeRate,
    Double medianSlipDays,
    Double scopeGrowth,
    Double reworkRate,
    Double estimateAccuracy,
    Double abandonmentRate,
    Double cycleTimeP50Days,
    Double cycleTimeP85Days,
    Double throughputPerWeek,
    Double predictabilityIndex) {

  static KpisDto of(DeliveryKpis kpis) {
    if (kpis == null) {
      return null;
    }
    return new KpisDto(
        kpis.issues(),
        kpis.resolved(),
        known(kpis.onTimeRate()),
        known(kpis.medianSlipDays()),
        known(kpis.scopeGrowth()),
        known(kpis.reworkRate()),
        known(kpis.estimateAccuracy()),
        known(kpis.abandonmentRate()),
        known(kpis.cycleTimeP50Days()),
        known(kpis.cycleTimeP85Days()),
        known(kpis.throughputPerWeek()),
        known(kpis.predictabilityIndex()));
  }

  /** JSON has no NaN: an unknown figure is null. */
  static Double known(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
