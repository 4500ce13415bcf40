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

  /**
   * Adds what another tally counted, its problems after these: the same as if this tally had
   * counted it all, since a tally keeps no more than its first problems and the other kept as many.
   */
  void add(ImportTally other) {
    files += other.files;
    issuesRead += other.issuesRead;
    issuesSkipped += other.issuesSkipped;
    changelogsCutShort += other.changelogsCutShort;
    for (ImportProblem problem : other.problems) {
      problemsTotal++;
      if (problems.size() < maxProblems) {
        problems.add(problem);
      }
    }
    problemsTotal += other.problemsTotal - other.problems.size();
  }

  ImportSummary summary() {
    return new ImportSummary(
        files, issuesRead, issuesSkipped, changelogsCutShort, problems, problemsTotal);
  }
}
