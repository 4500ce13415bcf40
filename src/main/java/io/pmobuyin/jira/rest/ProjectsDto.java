package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /report/projects}: the closed projects the caller may see, by key. */
public record ProjectsDto(long snapshotId, String visibility, List<ProjectDto> projects) {}
