package com.atlassian.jira.issue.status.category;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §4 (interface; keys "new", "indeterminate", "done",
 * "undefined") and atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0),
 * whose anonymous StatusCategory implements String getKey().
 */
public interface StatusCategory {

  String getKey();
}
