package com.atlassian.jira.project;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §1 (interface: Long getId(), String getName(); CONFIRMED
 * by the javadoc package summary) and slack10 (Jira 10.0.0), where Project.getProjectCategory()
 * returns it. Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED
 * there (docs/research/jira11-declarations-audit.md).
 */
public interface ProjectCategory {

  Long getId();

  String getName();
}
