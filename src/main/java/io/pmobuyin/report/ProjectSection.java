package io.pmobuyin.report;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import java.time.LocalDate;
import java.util.List;

/** One closed project: its KPIs and the patterns it showed, with some issue keys as evidence. */
public record ProjectSection(
    String key,
    String name,
    String category,
    LocalDate closed,
    long issues,
    long changelogsCutShort,
    DeliveryKpis kpis,
    List<ProjectPattern> patterns) {

  public ProjectSection {
    patterns = List.copyOf(patterns);
  }

  /** A pattern in this project; evidence keys go only to people who may browse the issues. */
  public record ProjectPattern(
      PatternId id,
      long issues,
      double share,
      double costHours,
      double cost,
      List<String> evidence) {

    public ProjectPattern {
      evidence = List.copyOf(evidence);
    }
  }
}
