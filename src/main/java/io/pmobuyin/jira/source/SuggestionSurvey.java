package io.pmobuyin.jira.source;

import java.time.Instant;
import java.util.List;

/**
 * What a look for projects to suggest as closed found: the suggestions in key order, the projects
 * whose search failed, and how many open projects were not picked yet against how many of them were
 * examined (all of them unless there were more than the limit).
 */
public record SuggestionSurvey(
    List<Suggested> suggested, List<Skipped> skipped, int candidates, int examined) {

  public SuggestionSurvey {
    suggested = List.copyOf(suggested);
    skipped = List.copyOf(skipped);
  }

  /** Whether some candidates were left unexamined. */
  public boolean cut() {
    return examined < candidates;
  }

  /**
   * A project that looks closed.
   *
   * @param lastUpdated when its most recently updated issue changed; null if Jira did not say
   */
  public record Suggested(
      String key, String name, long issues, double resolvedShare, Instant lastUpdated) {}

  /** A project whose issues Jira's search could not count; {@code detail} says why, technically. */
  public record Skipped(String key, String name, String detail) {}
}
