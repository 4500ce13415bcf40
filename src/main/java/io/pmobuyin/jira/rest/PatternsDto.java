package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /report/patterns}: every pattern, in catalogue order. */
public class PatternsDto {

  public long snapshotId;
  public String visibility;
  public boolean wholePortfolio;
  public List<PatternDto> patterns;
}
