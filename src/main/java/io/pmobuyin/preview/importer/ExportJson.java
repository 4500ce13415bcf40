package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The JSON parser settings for exports and for pages pulled from Jira. Jackson's default limits
 * (nesting 1,000, numbers of 1,000 digits, strings of 20 million characters) stop reading at valid
 * JSON, and with it the rest of the file. An export may carry any of these in a field we never
 * read, where skipping costs nothing; the numbers and texts we do read are checked where they are
 * read. Nesting stays bounded, by the memory each level takes (a hundred bytes or so).
 */
public final class ExportJson {

  public static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(100_000)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .maxStringLength(Integer.MAX_VALUE)
                  .build())
          .build();

  private ExportJson() {}
}
