package io.pmobuyin.mining.source;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a source read: how many files, issues read and skipped, how many issues came with a change
 * history cut short, the problems (capped in number; {@code problemsTotal} counts them all), and
 * the statuses issues went through that neither the data, the admin nor the built-in table
 * categorised (name to the number of issues), for the admin to set.
 *
 * @param duplicateIssues issues delivered more than once (in several files, or twice by Jira),
 *     counted once; known only once mining has merged what the sources read
 */
public record ImportSummary(
    int files,
    long issuesRead,
    long issuesSkipped,
    long changelogsCutShort,
    List<ImportProblem> problems,
    long problemsTotal,
    Map<String, Long> uncategorisedStatuses,
    long duplicateIssues) {

  public ImportSummary {
    problems = List.copyOf(problems);
    uncategorisedStatuses = Collections.unmodifiableMap(new TreeMap<>(uncategorisedStatuses));
  }

  /** As a source sees it, before mining knows which statuses stay uncategorised. */
  public ImportSummary(
      int files,
      long issuesRead,
      long issuesSkipped,
      long changelogsCutShort,
      List<ImportProblem> problems,
      long problemsTotal) {
    this(files, issuesRead, issuesSkipped, changelogsCutShort, problems, problemsTotal, Map.of());
  }

  /** Before mining has merged the sources' issues and counted the duplicates. */
  public ImportSummary(
      int files,
      long issuesRead,
      long issuesSkipped,
      long changelogsCutShort,
      List<ImportProblem> problems,
      long problemsTotal,
      Map<String, Long> uncategorisedStatuses) {
    this(
        files,
        issuesRead,
        issuesSkipped,
        changelogsCutShort,
        problems,
        problemsTotal,
        uncategorisedStatuses,
        0);
  }

  /** With what only mining over every source's issues can tell. */
  public ImportSummary afterMining(Map<String, Long> statuses, long duplicates) {
    return new ImportSummary(
        files,
        issuesRead,
        issuesSkipped,
        changelogsCutShort,
        problems,
        problemsTotal,
        statuses,
        duplicates);
  }

  public static ImportSummary empty() {
    return new ImportSummary(0, 0, 0, 0, List.of(), 0);
  }

  /** Nothing usable was read: the command line exits non-zero only then. */
  public boolean nothingUsable() {
    return issuesRead == 0;
  }
}
