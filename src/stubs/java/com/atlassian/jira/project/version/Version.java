package com.atlassian.jira.project.version;

import java.util.Date;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §4 (interface; Long getId(), getName(), Date
 * getReleaseDate(), isReleased()), the Jira 6.x jira-api source in turgaycelik/mysource (the same
 * three getters) and Issue.getFixVersions() returning Collection&lt;Version&gt; in Jira 10.0.0
 * (slack10). Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED
 * there (docs/research/jira11-declarations-audit.md).
 */
public interface Version {

  Long getId();

  String getName();

  Date getReleaseDate();

  boolean isReleased();
}
