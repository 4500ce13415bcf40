package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §3 (getChangeHistories(Issue), CONFIRMED) and
 * mailru/jira-plugins-mrimsender (Jira 8.20/9), UserMentionService calling it into a
 * List&lt;ChangeHistory&gt;.
 *
 * <p>The batch read {@code getChangeHistoriesForUser(Iterable<Issue>, user)}: Jira's own
 * ChangeHistoryManager source and DefaultChangeHistoryManager (5.1–6.x, in the search corpus)
 * declare it "@since 5.1", with the crowd {@code User}; Atlassian Streams' BulkIssueHistoryReader
 * looks it up by reflection. Jira 7 replaced crowd {@code User} by {@code ApplicationUser} across
 * the API, which gives the form declared here; no public source for 10.x or 11.x confirms it, so it
 * is UNCONFIRMED and called only behind a {@code LinkageError} guard that falls back to {@link
 * #getChangeHistories} (JiraChangeHistories). Jira 11: the declaration is seen on Jira 11 only in
 * part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface ChangeHistoryManager {

  List<ChangeHistory> getChangeHistories(Issue issue);

  List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser);
}
