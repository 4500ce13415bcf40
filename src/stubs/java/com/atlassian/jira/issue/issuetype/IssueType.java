package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §4 (interface extending IssueConstant, boolean
 * isSubTask()) and atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0):
 * Issue.getIssueType() returns it, its anonymous IssueType implements isSubTask(). Jira 11: every
 * member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface IssueType extends IssueConstant {

  boolean isSubTask();
}
