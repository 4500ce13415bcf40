package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

/**
 * Compile-only declaration of a class Jira builds from its database (never packaged; our code never
 * makes one). Checked against: ../shared/reference/jira-platform-api.md §3 (class) and the Jira
 * 7.3.4 javadoc (public class ChangeHistory; Timestamp getTimePerformed(),
 * List&lt;ChangeItemBean&gt; getChangeItemBeans()); mrimsender (Jira 8.20/9) calls
 * getChangeItemBeans() into a List&lt;ChangeItemBean&gt;. {@code Long getIssueId()}: Jira 6's own
 * ChangeHistory source (search corpus) reads the "issue" column with it; UNCONFIRMED on 10 and 11,
 * read only with the batch read and behind its {@code LinkageError} guard. Jira 11: the declaration
 * is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public class ChangeHistory {

  private ChangeHistory() {}

  public Timestamp getTimePerformed() {
    return null;
  }

  public List<ChangeItemBean> getChangeItemBeans() {
    return List.of();
  }

  public Long getIssueId() {
    return null;
  }
}
