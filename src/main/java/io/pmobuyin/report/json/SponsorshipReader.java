package io.pmobuyin.report.json;

import io.pmobuyin.report.SponsorshipSection;

/** Executive sponsorship of the closed projects: coverage, and each sponsor's projects. */
final class SponsorshipReader {

  private static final ValueReader<SponsorshipSection.SponsorProjects> SPONSOR =
      ObjectReader.fields()
          .field("sponsorId", JsonCursor::text)
          .field("projects", ValueReader.listOf(JsonCursor::text))
          .into(
              read ->
                  new SponsorshipSection.SponsorProjects(
                      read.text("sponsorId"), read.value("projects")));

  static final ValueReader<SponsorshipSection> SPONSORSHIP =
      ObjectReader.fields()
          .field("projects", JsonCursor::count)
          .field("withSponsor", JsonCursor::count)
          .field("coverage", JsonCursor::number)
          .field("sponsors", ValueReader.listOf(SPONSOR))
          .into(
              read ->
                  new SponsorshipSection(
                      read.count("projects"),
                      read.count("withSponsor"),
                      read.number("coverage"),
                      read.value("sponsors")));

  private SponsorshipReader() {}
}
