package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.source.IssueSink;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads one export file into a sink and a tally, starting from the custom field names the files
 * before it taught. The one way a file is read, whether in turn or ahead on a worker thread.
 */
@FunctionalInterface
interface ExportFileReader {

  /**
   * @param namesBefore the field id to display name map the files before this one taught
   * @return the names known after this file, for the file after it
   */
  Map<String, String> read(
      Path file, Map<String, String> namesBefore, IssueSink sink, ImportTally tally);
}
