package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §5.3 (Object getValue(Issue)) and
 * docs/research/jira10-custom-field-types.md §C. Jira 11: every member we declare is used the same
 * way by a public app built for Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface CustomField extends Field {

  Object getValue(Issue issue);
}
