package io.pmobuyin.report.analysis;

import io.pmobuyin.mining.portfolio.DeliveryKpis;
import java.util.function.ToDoubleFunction;

/** The delivery KPIs the predictability gadget follows, and which way is better for each. */
public enum KpiMeasure {
  ON_TIME_RATE("on-time", DeliveryKpis::onTimeRate, true, false),
  SLIP_DAYS("slip", DeliveryKpis::medianSlipDays, false, true),
  SCOPE_GROWTH("scope-growth", DeliveryKpis::scopeGrowth, false, false),
  REWORK_RATE("rework", DeliveryKpis::reworkRate, false, false);

  private final String id;
  private final ToDoubleFunction<DeliveryKpis> value;
  private final boolean higherIsBetter;
  private final boolean inDays;

  KpiMeasure(
      String id, ToDoubleFunction<DeliveryKpis> value, boolean higherIsBetter, boolean inDays) {
    this.id = id;
    this.value = value;
    this.higherIsBetter = higherIsBetter;
    this.inDays = inDays;
  }

  public String id() {
    return id;
  }

  public String nameKey() {
    return "pmobuyin.gadget.kpi." + id;
  }

  public double of(DeliveryKpis kpis) {
    return value.applyAsDouble(kpis);
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Days rather than a share. */
  public boolean inDays() {
    return inDays;
  }

  /**
   * Skewed across projects (a few projects with huge scope growth or long slips): summed up as the
   * median of projects, not a mean one outlier can move.
   */
  public boolean skewed() {
    return this == SLIP_DAYS || this == SCOPE_GROWTH;
  }

  /** True when going from {@code before} to {@code after} is an improvement. */
  public boolean improves(double before, double after) {
    return higherIsBetter ? after > before : after < before;
  }
}
