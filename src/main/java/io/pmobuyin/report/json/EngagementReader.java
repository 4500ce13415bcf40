package io.pmobuyin.report.json;

import io.pmobuyin.report.EngagementSection;

/** Issues split by PMO Scope (the JSON's {@code pmoScope}): engaged against the rest. */
final class EngagementReader {

  private static final ValueReader<EngagementSection.SidePattern> PATTERN =
      ObjectReader.fields()
          .field("id", ReportIds.PATTERN)
          .field("issues", JsonCursor::count)
          .field("share", JsonCursor::number)
          .into(
              read ->
                  new EngagementSection.SidePattern(
                      read.value("id"), read.count("issues"), read.number("share")));

  private static final ValueReader<EngagementSection.Side> SIDE =
      ObjectReader.fields()
          .field("issues", JsonCursor::count)
          .field("kpis", DeliveryKpisReader.KPIS)
          .field("patterns", ValueReader.listOf(PATTERN))
          .into(
              read ->
                  new EngagementSection.Side(
                      read.count("issues"), read.value("kpis"), read.value("patterns")));

  static final ValueReader<EngagementSection> ENGAGEMENT =
      ObjectReader.fields()
          .field("engaged", SIDE)
          .field("notEngaged", SIDE)
          .into(read -> new EngagementSection(read.value("engaged"), read.value("notEngaged")));

  private EngagementReader() {}
}
