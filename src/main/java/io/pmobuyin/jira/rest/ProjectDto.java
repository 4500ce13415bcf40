package io.pmobuyin.jira.rest;

import java.util.List;
import java.util.Map;

/**
 * One closed project of the latest report. Its sponsor goes by the opaque id the report keeps;
 * issue keys only when the caller may browse the project.
 *
 * @param browsable whether the caller may browse the project in Jira, and so see its issue keys
 */
public record ProjectDto(
    String key,
    String name,
    String category,
    String closed,
    long issues,
    long changelogsCutShort,
    KpisDto kpis,
    String sponsorId,
    Map<String, Long> scopeTags,
    boolean browsable,
    List<PatternShown> patterns) {

  /**
   * A pattern the project showed.
   *
   * @param evidence some of the issue keys; only in {@code GET /report/projects/{key}}, only if
   *     browsable
   */
  public record PatternShown(
      String id,
      String name,
      long issues,
      Double share,
      double costHours,
      double cost,
      List<String> evidence) {}
}
