package io.pmobuyin.report.json;

import io.pmobuyin.mining.pattern.CostBasis;
import io.pmobuyin.mining.pattern.PatternId;
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
          .optionalField("costBasis", ValueReader.oneOf(CostBasis.values(), CostBasis::name))
          .optionalField("attributedHours", JsonCursor::number)
          .optionalField("upToHours", JsonCursor::number)
          .optionalField("unseparatedIssues", JsonCursor::count)
          .optionalField("delayDays", JsonCursor::count)
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
                      cost(read),
                      read.value("trend"),
                      read.value("beforePmo"),
                      read.value("afterPmo")));

  private PatternSectionReader() {}

  /** A report stored before costs had a basis priced each pattern on its issues' whole effort. */
  private static PatternCost cost(ObjectReader.Fields read) {
    PatternId id = read.value("id");
    double hours = read.number("costHours");
    CostBasis basis = read.optional("costBasis");
    Long unseparated = read.optional("unseparatedIssues");
    Long delayDays = read.optional("delayDays");
    return new PatternCost(
        basis == null ? id.costBasis() : basis,
        hours,
        read.number("cost"),
        read.value("costByArea"),
        ProjectSectionReader.orElse(read.optional("attributedHours"), hours),
        ProjectSectionReader.orElse(read.optional("upToHours"), hours),
        unseparated == null ? 0 : unseparated,
        delayDays == null ? 0 : delayDays);
  }
}
