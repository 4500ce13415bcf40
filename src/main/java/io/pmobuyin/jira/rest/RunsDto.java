package io.pmobuyin.jira.rest;

import java.util.List;

/**
 * Body of {@code GET /runs}: the run under way (null if none), the latest runs, newest first, and
 * the partial run whose report waits to be accepted (null if none).
 */
public record RunsDto(RunDto current, List<RunDto> recent, Long pendingRunId) {}
