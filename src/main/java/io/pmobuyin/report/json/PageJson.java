package io.pmobuyin.report.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a record as JSON that can sit inside a page, in the report's layout (see {@link
 * ReportJsonFormat}): for the small documents the gadgets' scripts read beside the report.
 */
public final class PageJson {

  private PageJson() {}

  /** Writes the value and a line end; the writer is flushed and left open. */
  public static void write(Object value, Writer out) {
    try {
      ReportJsonFormat.MAPPER.writer(ReportJsonFormat.PRINTER).writeValue(out, value);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
