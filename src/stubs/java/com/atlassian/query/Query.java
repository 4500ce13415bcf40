package com.atlassian.query;

/**
 * Compile-only declaration (never packaged) of Jira's parsed JQL query, which we only hand from
 * {@code SearchService.parseQuery} to {@code SearchService.search}, so no method is declared.
 * Checked against: ../shared/reference/jira-platform-api.md §2 (interface
 * com.atlassian.query.Query); atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0) imports
 * com.atlassian.query in its explicit Import-Package list and mocks Query as an interface in
 * JqlIssueFilterTest. Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface Query {}
