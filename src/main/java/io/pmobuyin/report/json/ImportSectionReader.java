package io.pmobuyin.report.json;

import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the source read. The JSON keeps the count of duplicate issues here, though the report holds
 * it beside the summary.
 */
final class ImportSectionReader {

  /** The section as written: the summary and the duplicates it sits beside in the report. */
  record ImportSection(ImportSummary summary, long duplicateIssues) {}

  private static final ValueReader<ImportProblem> PROBLEM =
      ObjectReader.fields()
          .field("file", JsonCursor::text)
          .field("where", JsonCursor::text)
          .field("message", JsonCursor::text)
          .into(
              read ->
                  new ImportProblem(read.text("file"), read.text("where"), read.text("message")));

  private record StatusCount(String name, long issues) {}

  private static final ValueReader<StatusCount> STATUS =
      ObjectReader.fields()
          .field("name", JsonCursor::text)
          .field("issues", JsonCursor::count)
          .into(read -> new StatusCount(read.text("name"), read.count("issues")));

  static final ValueReader<ImportSection> IMPORT =
      ObjectReader.fields()
          .field("files", JsonCursor::smallCount)
          .field("issuesRead", JsonCursor::count)
          .field("issuesSkipped", JsonCursor::count)
          .field("duplicateIssues", JsonCursor::count)
          .field("changelogsCutShort", JsonCursor::count)
          .field("errorsTotal", JsonCursor::count)
          .field("errors", ValueReader.listOf(PROBLEM))
          .optionalField("uncategorisedStatuses", ValueReader.listOf(STATUS))
          .into(
              read ->
                  new ImportSection(
                      new ImportSummary(
                          read.smallCount("files"),
                          read.count("issuesRead"),
                          read.count("issuesSkipped"),
                          read.count("changelogsCutShort"),
                          read.value("errors"),
                          read.count("errorsTotal"),
                          statuses(read.optional("uncategorisedStatuses"))),
                      read.count("duplicateIssues")));

  private static Map<String, Long> statuses(List<StatusCount> counts) {
    Map<String, Long> statuses = new TreeMap<>();
    if (counts != null) {
      counts.forEach(count -> statuses.put(count.name(), count.issues()));
    }
    return statuses;
  }

  private ImportSectionReader() {}
}
