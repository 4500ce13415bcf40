package io.pmobuyin.report.json;

import io.pmobuyin.report.ReportSettings;
import io.pmobuyin.value.ValueRates;

/** The settings a report was made with: PMO start, time zone and the admin's rates. */
final class SettingsReader {

  static final ValueReader<ReportSettings> SETTINGS =
      ObjectReader.fields()
          .field("pmoStart", JsonCursor::nullableDate)
          .field("zone", JsonCursor::text)
          .field("currency", JsonCursor::text)
          .field("hourlyRate", JsonCursor::number)
          .field("costOfDelayPerDay", JsonCursor::number)
          .field("fallbackHoursPerIssue", JsonCursor::number)
          .into(
              read ->
                  new ReportSettings(
                      read.value("pmoStart"),
                      read.text("zone"),
                      new ValueRates(
                          read.number("hourlyRate"),
                          read.number("costOfDelayPerDay"),
                          read.text("currency"),
                          read.number("fallbackHoursPerIssue"))));

  private SettingsReader() {}
}
