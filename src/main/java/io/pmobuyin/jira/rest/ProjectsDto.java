package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /report/projects}: the closed projects the caller may see, by key. */
public class ProjectsDto {

  public long snapshotId;
  public String visibility;
  public List<ProjectDto> projects;
}
