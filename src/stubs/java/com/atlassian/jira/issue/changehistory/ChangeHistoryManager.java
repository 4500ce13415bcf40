package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §3 (getChangeHistories(Issue), CONFIRMED) and
 * mailru/jira-plugins-mrimsender (Jira 8.20/9), UserMentionService calling it into a
 * List&lt;ChangeHistory&gt;. The batch getChangeHistoriesForUser(Iterable&lt;Issue&gt;,
 * ApplicationUser) is not declared: only its Jira 6 form (crowd User) was found.
 */
public interface ChangeHistoryManager {

  List<ChangeHistory> getChangeHistories(Issue issue);
}
