package com.atlassian.jira.project;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §1 (interface; boolean isArchived(), CONFIRMED by
 * atlascommunity/jira-plugins-groovy ArchivingHelperImpl) and
 * atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0), whose anonymous
 * Project in SlackMessageResource implements getId(), getKey(), getName(), getProjectCategory()
 * (returning ProjectCategory), getLeadUserKey() and isArchived() with these exact types.
 */
public interface Project {

  Long getId();

  String getKey();

  String getName();

  ProjectCategory getProjectCategory();

  String getLeadUserKey();

  boolean isArchived();
}
