package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §5.3 (Object getValue(Issue)) and
 * docs/research/jira10-custom-field-types.md §C.
 */
public interface CustomField extends Field {

  Object getValue(Issue issue);
}
