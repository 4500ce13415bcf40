package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /report/trend}: the portfolio's KPIs in every kept snapshot, oldest first. */
public record TrendDto(String visibility, List<PointDto> points) {

  /** One snapshot: when, and the KPIs of the projects the caller may see in it. */
  public record PointDto(
      long snapshotId,
      long runId,
      String taken,
      long projects,
      long issues,
      boolean wholePortfolio,
      KpisDto kpis) {}
}
