package io.pmobuyin.report.json;

import io.pmobuyin.report.PortfolioSection;

/** The portfolio as a whole: its size, pooled KPIs and what the patterns cost. */
final class PortfolioSectionReader {

  static final ValueReader<PortfolioSection> PORTFOLIO =
      ObjectReader.fields()
          .field("projects", JsonCursor::count)
          .field("issues", JsonCursor::count)
          .field("kpis", DeliveryKpisReader.KPIS)
          .field("costHours", JsonCursor::number)
          .field("cost", JsonCursor::number)
          .field("costByArea", ReportIds.AMOUNT_BY_AREA)
          .optionalField("effort", EffortReader.EFFORT.orNull())
          .into(
              read ->
                  new PortfolioSection(
                      read.count("projects"),
                      read.count("issues"),
                      read.value("kpis"),
                      read.number("costHours"),
                      read.number("cost"),
                      read.value("costByArea"),
                      read.optional("effort")));

  private PortfolioSectionReader() {}
}
