package com.atlassian.jira.issue.resolution;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Compile-only declaration (never packaged); only its name is read. Checked against:
 * ../shared/reference/jira-platform-api.md §4 (interface extending IssueConstant) and
 * atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0): Issue.getResolution()
 * returns it. Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED
 * there (docs/research/jira11-declarations-audit.md).
 */
public interface Resolution extends IssueConstant {}
