package io.pmobuyin.report.json;

import io.pmobuyin.report.KpiPoint;
import java.util.List;

/** The KPIs over time: by quarter of project close, and before / after the PMO start. */
final class TrendSectionReader {

  /** The section as written; the report holds its three parts side by side. */
  record TrendSection(List<KpiPoint> quarters, KpiPoint beforePmo, KpiPoint afterPmo) {}

  static final ValueReader<TrendSection> TREND =
      ObjectReader.fields()
          .field("quarters", ValueReader.listOf(DeliveryKpisReader.KPI_POINT))
          .field("beforePmo", DeliveryKpisReader.KPI_POINT.orNull())
          .field("afterPmo", DeliveryKpisReader.KPI_POINT.orNull())
          .into(
              read ->
                  new TrendSection(
                      read.value("quarters"), read.value("beforePmo"), read.value("afterPmo")));

  private TrendSectionReader() {}
}
