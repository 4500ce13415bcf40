package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /runs/errors}: how many entries the log holds, and the newest of them. */
public record ErrorLogDto(long count, List<ErrorEntryDto> entries) {}
