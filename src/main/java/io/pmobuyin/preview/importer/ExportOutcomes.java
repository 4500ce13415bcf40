package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.source.IssueSink;

/**
 * Passes on what one file gave: usable issues to the sink, with the projects they belong to, and
 * unusable issues and problems to the tally.
 */
final class ExportOutcomes {

  private final String file;
  private final IssueSink sink;
  private final ImportTally tally;
  private final PageProjects projects = new PageProjects();

  ExportOutcomes(String file, IssueSink sink, ImportTally tally) {
    this.file = file;
    this.sink = sink;
    this.tally = tally;
  }

  /** An issue read to its end: delivered if usable, else skipped with the reason. */
  void issue(IssueDraft draft) {
    String why = draft.unusableBecause();
    if (why != null) {
      skipped(draft.where(), "skipped: " + why);
      return;
    }
    IssueRecord issue = draft.toRecord();
    tally.issueRead(issue);
    projects.add(issue, draft);
    sink.issue(issue);
  }

  /** An issue that cannot be used, and why. */
  void skipped(String where, String message) {
    tally.issueSkipped();
    tally.problem(file, where, message);
  }

  void problem(String where, String message) {
    tally.problem(file, where, message);
  }

  /** Announces the projects of the issues delivered since the last announcement. */
  void announceProjects() {
    projects.announceTo(sink);
  }
}
