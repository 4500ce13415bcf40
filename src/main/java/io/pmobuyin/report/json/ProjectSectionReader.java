package io.pmobuyin.report.json;

import io.pmobuyin.report.ProjectSection;

/** One closed project: its KPIs, its patterns with evidence, its sponsor and PMO Scope tags. */
final class ProjectSectionReader {

  private static final ValueReader<ProjectSection.ProjectPattern> PATTERN =
      ObjectReader.fields()
          .field("id", ReportIds.PATTERN)
          .field("issues", JsonCursor::count)
          .field("share", JsonCursor::number)
          .field("costHours", JsonCursor::number)
          .field("cost", JsonCursor::number)
          .optionalField("upToHours", JsonCursor::number)
          .field("evidence", ValueReader.listOf(JsonCursor::text))
          .into(
              read ->
                  new ProjectSection.ProjectPattern(
                      read.value("id"),
                      read.count("issues"),
                      read.number("share"),
                      read.number("costHours"),
                      read.number("cost"),
                      orElse(read.optional("upToHours"), read.number("costHours")),
                      read.value("evidence")));

  static final ValueReader<ProjectSection> PROJECT =
      ObjectReader.fields()
          .field("key", JsonCursor::text)
          .field("name", JsonCursor::text)
          .field("category", JsonCursor::nullableText)
          .field("closed", JsonCursor::date)
          .field("issues", JsonCursor::count)
          .field("changelogsCutShort", JsonCursor::count)
          .field("kpis", DeliveryKpisReader.KPIS)
          .field("patterns", ValueReader.listOf(PATTERN))
          .field("sponsorId", JsonCursor::nullableText)
          .field("scopeTags", ValueReader.mapOf(JsonCursor::count))
          .optionalField("effort", EffortReader.EFFORT.orNull())
          .into(
              read ->
                  new ProjectSection(
                      read.text("key"),
                      read.text("name"),
                      read.text("category"),
                      read.value("closed"),
                      read.count("issues"),
                      read.count("changelogsCutShort"),
                      read.value("kpis"),
                      read.value("patterns"),
                      read.text("sponsorId"),
                      read.value("scopeTags"),
                      read.optional("effort")));

  private ProjectSectionReader() {}

  /** A figure a report stored before it existed takes the one it used to be written as. */
  static double orElse(Double value, double earlier) {
    return value == null ? earlier : value;
  }
}
