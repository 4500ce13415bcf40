package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.pattern.PatternId;

/**
 * A project's issues split by whether the PMO engages with them (their PMO Scope): KPI inputs and
 * pattern counts for each side, so that the report can compare the two.
 */
final class EngagementTally {

  private final KpiInputs engaged = new KpiInputs();
  private final KpiInputs notEngaged = new KpiInputs();
  private final long[] engagedPatterns = new long[PatternId.values().length];
  private final long[] notEngagedPatterns = new long[PatternId.values().length];

  KpiInputs kpis(boolean isEngaged) {
    return isEngaged ? engaged : notEngaged;
  }

  void pattern(PatternId id, boolean isEngaged) {
    (isEngaged ? engagedPatterns : notEngagedPatterns)[id.ordinal()]++;
  }

  long patternIssues(PatternId id, boolean isEngaged) {
    return (isEngaged ? engagedPatterns : notEngagedPatterns)[id.ordinal()];
  }

  void spanMillis(long span) {
    engaged.spanMillis = span;
    notEngaged.spanMillis = span;
  }
}
