package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /report/patterns}: every pattern, in catalogue order. */
public record PatternsDto(
    long snapshotId, String visibility, boolean wholePortfolio, List<PatternDto> patterns) {}
