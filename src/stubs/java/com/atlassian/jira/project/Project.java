package com.atlassian.jira.project;

import com.atlassian.jira.project.version.Version;
import java.util.Collection;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §1 (interface; boolean isArchived(), CONFIRMED by
 * atlascommunity/jira-plugins-groovy ArchivingHelperImpl) and
 * atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0), whose anonymous
 * Project in SlackMessageResource implements getId(), getKey(), getName(), getProjectCategory()
 * (returning ProjectCategory), getLeadUserKey() and isArchived() with these exact types; the same
 * class at 5e676f6 and at 94c50dc (Jira 11.0.0) implements {@code Collection<Version>
 * getVersions()}. Jira 11: every member we declare is used the same way by a public app built for
 * Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface Project {

  Long getId();

  String getKey();

  String getName();

  ProjectCategory getProjectCategory();

  String getLeadUserKey();

  boolean isArchived();

  Collection<Version> getVersions();
}
