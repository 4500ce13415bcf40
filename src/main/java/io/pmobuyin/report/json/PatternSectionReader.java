package io.pmobuyin.report.json;

import io.pmobuyin.report.PatternSection;
import io.pmobuyin.report.TrendPoint;
import io.pmobuyin.value.PatternCost;

/**
 * One failure pattern across the portfolio. The pattern's translated name, written for people who
 * read the JSON, is not part of the report: it is skipped.
 */
final class PatternSectionReader {

  static final ValueReader<TrendPoint> TREND_POINT =
      ObjectReader.fields()
          .field("period", JsonCursor::text)
          .field("projects", JsonCursor::count)
          .field("issues", JsonCursor::count)
          .field("affected", JsonCursor::count)
          .field("share", JsonCursor::number)
          .into(
              read ->
                  new TrendPoint(
                      read.text("period"),
                      read.count("projects"),
                      read.count("issues"),
                      read.count("affected"),
                      read.number("share")));

  static final ValueReader<PatternSection> PATTERN =
      ObjectReader.fields()
          .field("id", ReportIds.PATTERN)
          .field("issues", JsonCursor::count)
          .field("projects", JsonCursor::count)
          .field("share", JsonCursor::number)
          .field("valueAreas", ValueReader.listOf(ReportIds.AREA))
          .field("costHours", JsonCursor::number)
          .field("cost", JsonCursor::number)
          .field("costByArea", ReportIds.AMOUNT_BY_AREA)
          .field("trend", ValueReader.listOf(TREND_POINT))
          .field("beforePmo", TREND_POINT.orNull())
          .field("afterPmo", TREND_POINT.orNull())
          .into(
              read ->
                  new PatternSection(
                      read.value("id"),
                      read.count("issues"),
                      read.count("projects"),
                      read.number("share"),
                      read.value("valueAreas"),
                      new PatternCost(
                          read.number("costHours"), read.number("cost"), read.value("costByArea")),
                      read.value("trend"),
                      read.value("beforePmo"),
                      read.value("afterPmo")));

  private PatternSectionReader() {}
}
