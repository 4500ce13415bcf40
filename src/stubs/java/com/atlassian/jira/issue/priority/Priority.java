package com.atlassian.jira.issue.priority;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Compile-only declaration (never packaged); only its name is read. Checked against:
 * ../shared/reference/jira-platform-api.md §4 (interface extending IssueConstant) and
 * atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0): Issue.getPriority()
 * returns it. Jira 11: every member we declare is used the same way by a public app built for Jira
 * 11 (docs/research/jira11-declarations-audit.md).
 */
public interface Priority extends IssueConstant {}
