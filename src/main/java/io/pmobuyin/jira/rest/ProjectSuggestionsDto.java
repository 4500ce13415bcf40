package io.pmobuyin.jira.rest;

import java.util.List;

/**
 * Body of {@code GET /projects/suggestions}: open projects that look closed, by the saved
 * thresholds (given back, so the page can say which); those whose search failed; and whether the
 * look stopped at its limit before the last candidate.
 */
public class ProjectSuggestionsDto {

  public List<Suggestion> suggestions;
  public List<Skipped> skipped;
  public double resolvedShare;
  public int quietDays;
  public int candidates;
  public int examined;
  public int limit;
  public boolean cut;

  /** A project that looks closed; {@code lastUpdated} is an ISO instant, or null if unknown. */
  public static class Suggestion {
    public String key;
    public String name;
    public long issues;
    public double resolvedShare;
    public String lastUpdated;
  }

  /** A project Jira's search could not count: why, translated, and the technical detail. */
  public static class Skipped {
    public String key;
    public String name;
    public String message;
    public String detail;
  }
}
