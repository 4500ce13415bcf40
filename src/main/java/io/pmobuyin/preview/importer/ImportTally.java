package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import java.util.ArrayList;
import java.util.List;

/** Counts what an import read and keeps its first problems; all problems are counted. */
final class ImportTally {

  private final int maxProblems;
  private final List<ImportProblem> problems = new ArrayList<>();
  private int files;
  private long issuesRead;
  private long issuesSkipped;
  private long changelogsCutShort;
  private long problemsTotal;

  ImportTally(int maxProblems) {
    this.maxProblems = maxProblems;
  }

  void fileOpened() {
    files++;
  }

  void issueRead(IssueRecord issue) {
    issuesRead++;
    if (issue.changelogCutShort()) {
      changelogsCutShort++;
    }
  }

  void issueSkipped() {
    issuesSkipped++;
  }

  void problem(String file, String where, String message) {
    problemsTotal++;
    if (problems.size() < maxProblems) {
      problems.add(new ImportProblem(file, where, message));
    }
  }

  ImportSummary summary() {
    return new ImportSummary(
        files, issuesRead, issuesSkipped, changelogsCutShort, problems, problemsTotal);
  }
}
