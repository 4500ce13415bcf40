package io.pmobuyin.report;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.mining.portfolio.IssueKeys;
import io.pmobuyin.value.EffortFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One closed project: its KPIs and the patterns it showed, with some issue keys as evidence. */
public record ProjectSection(
    String key,
    String name,
    String category,
    LocalDate closed,
    long issues,
    long changelogsCutShort,
    DeliveryKpis kpis,
    List<ProjectPattern> patterns,
    String sponsorId,
    Map<String, Long> scopeTags,
    EffortFigures effort) {

  public ProjectSection {
    patterns = List.copyOf(patterns);
    scopeTags = scopeTags == null ? Map.of() : Map.copyOf(scopeTags);
  }

  /** A project whose issues name no sponsor and carry no PMO Scope. */
  public ProjectSection(
      String key,
      String name,
      String category,
      LocalDate closed,
      long issues,
      long changelogsCutShort,
      DeliveryKpis kpis,
      List<ProjectPattern> patterns) {
    this(
        key,
        name,
        category,
        closed,
        issues,
        changelogsCutShort,
        kpis,
        patterns,
        null,
        Map.of(),
        null);
  }

  /**
   * A pattern in this project; evidence keys go only to people who may browse the issues.
   *
   * @param costHours its share of the project's failure hours (each issue once across patterns)
   * @param upToHours the whole effort of its issues
   * @param evidence the first of its issue keys, as many as the admin's evidence limit allows
   * @param issueKeys the keys of all its issues, so that its count opens them; null in reports
   *     stored before they were kept
   */
  public record ProjectPattern(
      PatternId id,
      long issues,
      double share,
      double costHours,
      double cost,
      double upToHours,
      List<String> evidence,
      IssueKeys issueKeys) {

    public ProjectPattern {
      evidence = List.copyOf(evidence);
    }

    /** A pattern whose issue keys, beyond the evidence, were not kept. */
    public ProjectPattern(
        PatternId id,
        long issues,
        double share,
        double costHours,
        double cost,
        double upToHours,
        List<String> evidence) {
      this(id, issues, share, costHours, cost, upToHours, evidence, null);
    }
  }
}
