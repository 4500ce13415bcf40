package io.pmobuyin.run;

import io.pmobuyin.mining.record.ProjectRecord;

/** A project picked for mining: Jira's id, by which its issues are read, and what mining needs. */
public record ClosedProject(long id, ProjectRecord project) {

  public String key() {
    return project.key();
  }
}
