package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.version.Version;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

/**
 * Compile-only declaration of Jira's issue (never packaged), limited to the getters the issue
 * source reads. Checked against: ../shared/reference/jira-platform-api.md §2 (interface,
 * com.atlassian.jira.issue) and atlassian-labs/atlassian-slack-integration-server at 5e676f6 (built
 * against Jira 10.0.0), whose SlackMessageResource implements Issue and overrides each of these
 * with the same return and parameter types. getId() and getKey() come from WithId and WithKey in
 * Jira; declared here, they link the same way. Jira 11: every member we declare is used the same
 * way by a public app built for Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface Issue {

  Long getId();

  String getKey();

  /**
   * The issue's summary, an improvement action's title. jira-platform-api.md §2 lists String
   * getSummary(); SlackMessageResource in atlassian-slack-integration-server overrides it with that
   * type (read at 3b0394e). Jira 11: the audit's S11 (94c50dc) changed only SMR's imports since
   * 10.0, so the same override is there.
   */
  String getSummary();

  IssueType getIssueType();

  Priority getPriority();

  Status getStatus();

  Resolution getResolution();

  Timestamp getCreated();

  Timestamp getUpdated();

  Timestamp getResolutionDate();

  Timestamp getDueDate();

  Long getOriginalEstimate();

  Long getTimeSpent();

  Collection<Version> getFixVersions();

  Collection<ProjectComponent> getComponents();

  Set<Label> getLabels();

  String getAssigneeId();

  String getReporterId();

  Object getCustomFieldValue(CustomField customField);
}
