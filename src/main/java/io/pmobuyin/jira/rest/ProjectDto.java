package io.pmobuyin.jira.rest;

import java.util.List;
import java.util.Map;

/**
 * One closed project of the latest report. Its sponsor goes by the opaque id the report keeps;
 * issue keys only when the caller may browse the project.
 */
public class ProjectDto {

  public String key;
  public String name;
  public String category;
  public String closed;
  public long issues;
  public long changelogsCutShort;
  public KpisDto kpis;
  public String sponsorId;
  public Map<String, Long> scopeTags;

  /** Whether the caller may browse the project in Jira, and so see its issue keys. */
  public boolean browsable;

  public List<PatternShown> patterns;

  /** A pattern the project showed. */
  public static class PatternShown {
    public String id;
    public String name;
    public long issues;
    public Double share;
    public double costHours;
    public double cost;

    /** Some of the issue keys; only in {@code GET /report/projects/{key}}, only if browsable. */
    public List<String> evidence;
  }
}
