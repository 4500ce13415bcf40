package io.pmobuyin.jira.rest;

import java.util.List;

/**
 * Body of {@code GET /report/patterns/{id}/evidence}: issue keys that showed a pattern, by project,
 * only of projects the caller may browse in Jira, whoever the caller is.
 */
public record EvidenceDto(
    long snapshotId, String pattern, String name, List<ProjectEvidence> projects) {

  /** The keys the report kept for one project (a sample, as the admin's evidence limit allows). */
  public record ProjectEvidence(String key, String name, List<String> issueKeys) {}
}
