package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmobuyin.report.PortfolioReport;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Reads a report back from the JSON {@link ReportJson} wrote (schema version 1), for what renders a
 * stored snapshot: gadgets, the brief, REST. The inverse of the writer for everything the report
 * holds; numbers come back as the writer rounded them (four decimal places, null for NaN). Texts
 * the writer adds for people (pattern names) are skipped, and so is any field it does not know.
 */
public final class ReportJsonReader {

  private static final ObjectReader RECORDS =
      ReportJsonFormat.MAPPER.readerFor(PortfolioReport.class);

  /**
   * Reads one report; the reader is left open.
   *
   * @throws ReportJsonException if the text is not JSON, not schema version 1, or lacks a field
   */
  public PortfolioReport read(Reader json) {
    ObjectNode document = document(json);
    schemaVersion(document);
    EarlierReports.fillIn(document);
    try {
      return RECORDS.readValue(document);
    } catch (JsonProcessingException e) {
      throw ReadProblems.of(e, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PortfolioReport read(String json) {
    return read(new StringReader(json));
  }

  private static ObjectNode document(Reader json) {
    try (JsonParser parser = ReportJsonFormat.MAPPER.createParser(json)) {
      JsonNode document = ReportJsonFormat.MAPPER.readTree(parser);
      if (document == null || document.isMissingNode()) {
        throw new ReportJsonException("$", "empty document");
      }
      if (parser.nextToken() != null) {
        throw new ReportJsonException("$", "more content after the report");
      }
      if (!(document instanceof ObjectNode report)) {
        throw new ReportJsonException(
            "$", "expected an object, found " + ReadProblems.describe(document.asToken()));
      }
      return report;
    } catch (JsonProcessingException e) {
      throw ReadProblems.unreadable(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A report of another version fails on its version, before anything else is read. */
  private static void schemaVersion(ObjectNode document) {
    JsonNode version = document.get("schemaVersion");
    if (version == null) {
      throw new ReportJsonException("$.schemaVersion", "required field missing");
    }
    if (!version.isInt()) {
      throw new ReportJsonException(
          "$.schemaVersion",
          "expected an integer, found " + ReadProblems.describe(version.asToken()));
    }
    if (version.intValue() != PortfolioReport.SCHEMA_VERSION) {
      throw new ReportJsonException(
          "$.schemaVersion",
          "schema version "
              + version.intValue()
              + " is not supported; this reader reads version "
              + PortfolioReport.SCHEMA_VERSION);
    }
  }
}
