package com.atlassian.jira.project;

import java.util.List;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §1 (interface): Project getProjectObj(Long), null when
 * there is no such project, and Project getProjectObjByKey(String), both CONFIRMED by slack10 tests
 * and usage; List<Project> getProjectObjects(), CONFIRMED by usage and javadoc;
 * getArchivedProjects() is used by Jira 8 ScriptRunner scripts (for example in-ravisagar sr4j), its
 * List<Project> return type UNCONFIRMED: the closed-project reader survives a linkage error on it.
 * Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public interface ProjectManager {

  Project getProjectObj(Long id);

  Project getProjectObjByKey(String key);

  List<Project> getProjectObjects();

  List<Project> getArchivedProjects();
}
