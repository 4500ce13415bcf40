package io.pmobuyin.mining.source;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;

/**
 * Where a source (an export importer, the Jira adapter) delivers what it reads, one record at a
 * time and in any order. A project may be announced more than once (once per page that shows it);
 * what is known of it is merged.
 */
public interface IssueSink {

  void project(ProjectRecord project);

  void issue(IssueRecord issue);
}
