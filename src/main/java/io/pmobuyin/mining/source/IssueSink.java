package io.pmobuyin.mining.source;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.record.StatusCategory;

/**
 * Where a source (an export importer, the Jira adapter) delivers what it reads, one record at a
 * time and in any order. A project may be announced more than once (once per page that shows it);
 * what is known of it is merged.
 */
public interface IssueSink {

  void project(ProjectRecord project);

  void issue(IssueRecord issue);

  /**
   * A status and its category, from a source that knows its statuses beyond the issues it sends
   * (Jira's status list, a live pull): categorises history entries before any issue is seen in that
   * status. Sources that do not know need not call it.
   */
  default void status(String name, StatusCategory category) {}
}
