package io.pmobuyin.jira.rest;

import java.util.List;

/**
 * Body of {@code GET /report/patterns/{id}/evidence}: issue keys that showed a pattern, by project,
 * only of projects the caller may browse in Jira, whoever the caller is.
 */
public class EvidenceDto {

  public long snapshotId;
  public String pattern;
  public String name;
  public List<ProjectEvidence> projects;

  /** The keys the report kept for one project (a sample, as the admin's evidence limit allows). */
  public static class ProjectEvidence {
    public String key;
    public String name;
    public List<String> issueKeys;
  }
}
