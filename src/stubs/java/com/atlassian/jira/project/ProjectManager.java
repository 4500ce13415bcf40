package com.atlassian.jira.project;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §1 (interface; Project getProjectObj(Long), null when
 * there is no such project, CONFIRMED by slack10 tests and usage).
 */
public interface ProjectManager {

  Project getProjectObj(Long id);
}
