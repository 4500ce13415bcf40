package io.pmobuyin.jira.rest;

import java.util.List;

/**
 * Body of {@code GET /runs}: the run under way (null if none) and the latest runs, newest first.
 */
public class RunsDto {

  public RunDto current;
  public List<RunDto> recent;
}
