package io.pmobuyin.mining.portfolio;

import java.util.List;

/**
 * How one pattern showed in one project (or, summed, in many).
 *
 * @param issues issues that show the pattern
 * @param effortSeconds time spent (else original estimate) on those issues
 * @param issuesWithoutEffort of those, issues with neither time spent nor an estimate
 * @param slipDays days late, summed over those issues
 * @param evidence some of the issue keys, in key order (capped by the evidence limit)
 */
public record PatternTally(
    long issues,
    long effortSeconds,
    long issuesWithoutEffort,
    long slipDays,
    List<String> evidence) {

  public PatternTally {
    evidence = List.copyOf(evidence);
  }

  public static PatternTally none() {
    return new PatternTally(0, 0, 0, 0, List.of());
  }

  /** The sum of both, without evidence (aggregates never list issues). */
  public PatternTally plus(PatternTally other) {
    return new PatternTally(
        issues + other.issues,
        effortSeconds + other.effortSeconds,
        issuesWithoutEffort + other.issuesWithoutEffort,
        slipDays + other.slipDays,
        List.of());
  }
}
