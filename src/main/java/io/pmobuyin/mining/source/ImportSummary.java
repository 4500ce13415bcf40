package io.pmobuyin.mining.source;

import java.util.List;

/**
 * What a source read: how many files, issues read and skipped, how many issues came with a change
 * history cut short, and the problems (capped in number; {@code problemsTotal} counts them all).
 */
public record ImportSummary(
    int files,
    long issuesRead,
    long issuesSkipped,
    long changelogsCutShort,
    List<ImportProblem> problems,
    long problemsTotal) {

  public ImportSummary {
    problems = List.copyOf(problems);
  }

  public static ImportSummary empty() {
    return new ImportSummary(0, 0, 0, 0, List.of(), 0);
  }

  /** Nothing usable was read: the command line exits non-zero only then. */
  public boolean nothingUsable() {
    return issuesRead == 0;
  }
}
