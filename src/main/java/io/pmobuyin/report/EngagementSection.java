package io.pmobuyin.report;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import java.util.List;

/**
 * The closed projects' issues split by PMO Scope: work the PMO engages with against the rest, each
 * with its KPIs and patterns. The evidence behind "where the PMO engages, delivery improves".
 */
public record EngagementSection(Side engaged, Side notEngaged) {

  /**
   * One side of the split.
   *
   * @param patterns every pattern, in catalogue order, with its share of this side's issues
   */
  public record Side(long issues, DeliveryKpis kpis, List<SidePattern> patterns) {

    public Side {
      patterns = List.copyOf(patterns);
    }
  }

  /** A pattern on one side: affected issues and their share of that side. */
  public record SidePattern(PatternId id, long issues, double share) {}
}
