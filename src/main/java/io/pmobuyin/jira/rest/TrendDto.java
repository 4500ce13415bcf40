package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /report/trend}: the portfolio's KPIs in every kept snapshot, oldest first. */
public class TrendDto {

  public String visibility;
  public List<PointDto> points;

  /** One snapshot: when, and the KPIs of the projects the caller may see in it. */
  public static class PointDto {
    public long snapshotId;
    public long runId;
    public String taken;
    public long projects;
    public long issues;
    public boolean wholePortfolio;
    public KpisDto kpis;
  }
}
