package io.pmobuyin.jira.source;

import com.atlassian.jira.config.StatusManager;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.testing.JiraIssues;
import java.util.List;

/** The issue source over a {@link JiraIssues}, and a sink that keeps what it delivers. */
final class SourceFixture {

  private SourceFixture() {}

  static JiraIssueSource over(JiraIssues jira) {
    return over(jira, jira.statusManager());
  }

  static JiraIssueSource over(JiraIssues jira, StatusManager statuses) {
    return new JiraIssueSource(
        jira.projectManager(),
        jira.issueManager(),
        jira.changeHistoryManager(),
        jira.customFieldManager(),
        statuses,
        jira.zone());
  }

  /** Keeps what a source delivers, for a test to read. */
  record Collected(List<IssueRecord> issues) implements IssueSink {

    @Override
    public void project(ProjectRecord project) {}

    @Override
    public void issue(IssueRecord issue) {
      issues.add(issue);
    }
  }
}
