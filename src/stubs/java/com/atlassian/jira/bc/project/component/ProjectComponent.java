package com.atlassian.jira.bc.project.component;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §4 (interface, String getName()) and
 * atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0), where
 * Issue.getComponents() returns Collection&lt;ProjectComponent&gt; of this package. Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public interface ProjectComponent {

  String getName();
}
