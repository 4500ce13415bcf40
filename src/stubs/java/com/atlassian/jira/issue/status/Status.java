package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §4 (interface extending IssueConstant, StatusCategory
 * getStatusCategory()) and atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira
 * 10.0.0), whose anonymous Status implements getStatusCategory() with this return type. Jira 11:
 * every member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface Status extends IssueConstant {

  StatusCategory getStatusCategory();
}
