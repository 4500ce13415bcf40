package io.pmobuyin.mining.portfolio;

import java.util.List;

/**
 * How one pattern showed in one project (or, summed, in many).
 *
 * @param issues issues that show the pattern
 * @param onIssues all the effort of those issues (time spent, else original estimate): what the
 *     pattern can have cost at most
 * @param attributed the effort its rule attributes to it (hours over the estimate, hours logged
 *     after a reopening, the unplanned work itself…); patterns overlap here, as an issue may show
 *     several
 * @param unseparated of its issues, those whose cost the data cannot tell apart from the rest of
 *     their work (their effort counts in {@code onIssues} only)
 * @param share its part of the failure effort counted once per issue: where an issue's attributed
 *     effort adds up to more than the issue's own, each pattern gets its proportion, so the shares
 *     of all patterns add up to the total
 * @param delayDays for schedule slips, the days late of each late release or deliverable, once per
 *     release (its latest delivered issue), summed; 0 for other patterns
 * @param evidence some of the issue keys, in key order (capped by the evidence limit)
 * @param keys all of its issues' keys (those of Jira's form), so a count can open its issues
 */
public record PatternTally(
    long issues,
    Effort onIssues,
    Effort attributed,
    long unseparated,
    Effort share,
    long delayDays,
    List<String> evidence,
    IssueKeys keys) {

  public PatternTally {
    evidence = List.copyOf(evidence);
    keys = keys == null ? IssueKeys.none() : keys;
  }

  public static PatternTally none() {
    return new PatternTally(
        0, Effort.NONE, Effort.NONE, 0, Effort.NONE, 0, List.of(), IssueKeys.none());
  }

  /** The sum of both, without evidence (aggregates never list issues). */
  public PatternTally plus(PatternTally other) {
    return new PatternTally(
        issues + other.issues,
        onIssues.plus(other.onIssues),
        attributed.plus(other.attributed),
        unseparated + other.unseparated,
        share.plus(other.share),
        delayDays + other.delayDays,
        List.of(),
        IssueKeys.none());
  }
}
