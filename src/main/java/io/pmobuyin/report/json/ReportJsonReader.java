package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ReportDates;
import io.pmobuyin.report.json.ImportSectionReader.ImportSection;
import io.pmobuyin.report.json.TrendSectionReader.TrendSection;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a report back from the JSON {@link ReportJson} wrote (schema version 1), for what renders a
 * stored snapshot: gadgets, the brief, REST. The inverse of the writer for everything the report
 * holds; numbers come back as the writer rounded them (four decimal places, null for NaN). Texts
 * the writer adds for people (pattern names) are skipped, and so is any field it does not know.
 */
public final class ReportJsonReader {

  /** Duplicate names would make "the" value of a field a matter of chance: reject them. */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private static final ValueReader<Integer> SCHEMA_VERSION =
      in -> {
        int version = in.smallCount();
        if (version != PortfolioReport.SCHEMA_VERSION) {
          throw in.error(
              "schema version "
                  + version
                  + " is not supported; this reader reads version "
                  + PortfolioReport.SCHEMA_VERSION);
        }
        return version;
      };

  private static final ValueReader<ReportDates> DATES =
      ObjectReader.fields()
          .field("minedAt", JsonCursor::text)
          .field("firstScopeUse", JsonCursor::nullableText)
          .into(ReportJsonReader::dates);

  private static ReportDates dates(ObjectReader.Fields read) {
    String first = read.text("firstScopeUse");
    try {
      return new ReportDates(
          Instant.parse(read.text("minedAt")), first == null ? null : LocalDate.parse(first));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date or instant: " + e.getParsedString());
    }
  }

  // The writer puts schemaVersion first, so a report of another version fails on its version.
  private static final ValueReader<PortfolioReport> REPORT =
      ObjectReader.fields()
          .field("schemaVersion", SCHEMA_VERSION)
          .field("generator", JsonCursor::text)
          .field("settings", SettingsReader.SETTINGS)
          .field("import", ImportSectionReader.IMPORT)
          .field("portfolio", PortfolioSectionReader.PORTFOLIO)
          .field("patterns", ValueReader.listOf(PatternSectionReader.PATTERN))
          .field("projects", ValueReader.listOf(ProjectSectionReader.PROJECT))
          .field("trend", TrendSectionReader.TREND)
          .field("sponsorship", SponsorshipReader.SPONSORSHIP)
          .field("pmoScope", EngagementReader.ENGAGEMENT)
          .optionalField("dates", DATES)
          .into(ReportJsonReader::report);

  /**
   * Reads one report; the reader is left open.
   *
   * @throws ReportJsonException if the text is not JSON, not schema version 1, or lacks a field
   */
  public PortfolioReport read(Reader json) {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonCursor in = new JsonCursor(parser);
      if (in.next() == null) {
        throw in.error("empty document");
      }
      PortfolioReport report = REPORT.read(in);
      if (in.next() != null) {
        throw in.error("more content after the report");
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PortfolioReport read(String json) {
    return read(new StringReader(json));
  }

  private static PortfolioReport report(ObjectReader.Fields read) {
    ImportSection imports = read.value("import");
    TrendSection trend = read.value("trend");
    return new PortfolioReport(
        read.value("schemaVersion"),
        read.text("generator"),
        read.value("settings"),
        imports.summary(),
        imports.duplicateIssues(),
        read.value("portfolio"),
        read.value("patterns"),
        read.value("projects"),
        trend.quarters(),
        trend.beforePmo(),
        trend.afterPmo(),
        read.value("sponsorship"),
        read.value("pmoScope"),
        read.optional("dates"));
  }
}
