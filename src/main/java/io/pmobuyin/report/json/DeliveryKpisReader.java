package io.pmobuyin.report.json;

import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.report.KpiPoint;

/** The delivery KPIs, wherever the report gives them, and the KPIs of one period. */
final class DeliveryKpisReader {

  static final ValueReader<DeliveryKpis> KPIS =
      ObjectReader.fields()
          .field("issues", JsonCursor::count)
          .field("resolved", JsonCursor::count)
          .field("onTimeRate", JsonCursor::number)
          .field("medianSlipDays", JsonCursor::number)
          .field("scopeGrowth", JsonCursor::number)
          .field("reworkRate", JsonCursor::number)
          .field("estimateAccuracy", JsonCursor::number)
          .field("abandonmentRate", JsonCursor::number)
          .field("cycleTimeP50Days", JsonCursor::number)
          .field("cycleTimeP85Days", JsonCursor::number)
          .field("throughputPerWeek", JsonCursor::number)
          .field("predictabilityIndex", JsonCursor::number)
          .into(
              read ->
                  new DeliveryKpis(
                      read.count("issues"),
                      read.count("resolved"),
                      read.number("onTimeRate"),
                      read.number("medianSlipDays"),
                      read.number("scopeGrowth"),
                      read.number("reworkRate"),
                      read.number("estimateAccuracy"),
                      read.number("abandonmentRate"),
                      read.number("cycleTimeP50Days"),
                      read.number("cycleTimeP85Days"),
                      read.number("throughputPerWeek"),
                      read.number("predictabilityIndex")));

  static final ValueReader<KpiPoint> KPI_POINT =
      ObjectReader.fields()
          .field("period", JsonCursor::text)
          .field("projects", JsonCursor::count)
          .field("kpis", KPIS)
          .into(
              read ->
                  new KpiPoint(read.text("period"), read.count("projects"), read.value("kpis")));

  private DeliveryKpisReader() {}
}
