package io.pmobuyin.report.json;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.pmobuyin.report.PortfolioReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Function;

/**
 * Writes a report as JSON in the documented schema ({@code
 * schema/pmo-buyin-report-v1.schema.json}), from the report's records as they are (see {@link
 * ReportMixins} for where the JSON names differ). Pattern names come from the i18n bundle through
 * {@code messages}.
 */
public final class ReportJson {

  private final ObjectWriter writer;

  public ReportJson(Function<String, String> messages) {
    this.writer =
        ReportJsonFormat.MAPPER
            .writer(ReportJsonFormat.PRINTER)
            .withAttribute(PatternNameWriter.MESSAGES, messages);
  }

  /** Writes the report and a line end; the writer is flushed and left open. */
  public void write(PortfolioReport report, Writer out) {
    try {
      writer.writeValue(out, report);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
