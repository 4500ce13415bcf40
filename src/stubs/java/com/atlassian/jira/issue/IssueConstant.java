package com.atlassian.jira.issue;

/**
 * Compile-only declaration (never packaged) of what issue types, priorities, statuses and
 * resolutions share. Checked against: ../shared/reference/jira-platform-api.md §4 (interface,
 * String getName(), String getId()) and the anonymous IssueType, Priority and Status of
 * atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0) and at 94c50dc (Jira
 * 11.0.0), each implementing getName(), and its Status implementing String getId(). Jira 11: every
 * member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface IssueConstant {

  String getId();

  String getName();
}
