package com.atlassian.jira.issue;

/**
 * Compile-only declaration of Jira's issue (never packaged); only passed through so far. Checked
 * against: ../shared/reference/jira-platform-api.md §2 (interface, com.atlassian.jira.issue).
 */
public interface Issue {}
