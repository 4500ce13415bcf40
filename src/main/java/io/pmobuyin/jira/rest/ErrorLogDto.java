package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /runs/errors}: how many entries the log holds, and the newest of them. */
public class ErrorLogDto {

  public long count;
  public List<ErrorEntryDto> entries;
}
