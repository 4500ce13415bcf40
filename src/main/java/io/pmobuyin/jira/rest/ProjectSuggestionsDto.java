package io.pmobuyin.jira.rest;

import java.util.List;

/**
 * Body of {@code GET /projects/suggestions}: open projects that look closed, by the saved
 * thresholds (given back, so the page can say which); those whose search failed; and whether the
 * look stopped at its limit before the last candidate.
 */
public record ProjectSuggestionsDto(
    List<Suggestion> suggestions,
    List<Skipped> skipped,
    double resolvedShare,
    int quietDays,
    int candidates,
    int examined,
    int limit,
    boolean cut) {

  /** A project that looks closed; {@code lastUpdated} is an ISO instant, or null if unknown. */
  public record Suggestion(
      String key, String name, long issues, double resolvedShare, String lastUpdated) {}

  /** A project Jira's search could not count: why, translated, and the technical detail. */
  public record Skipped(String key, String name, String message, String detail) {}
}
