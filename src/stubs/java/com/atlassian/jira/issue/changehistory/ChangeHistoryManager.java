package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §3 (getChangeHistories(Issue), CONFIRMED) and
 * mailru/jira-plugins-mrimsender (Jira 8.20/9), UserMentionService calling it into a
 * List&lt;ChangeHistory&gt;. The batch getChangeHistoriesForUser(Iterable&lt;Issue&gt;,
 * ApplicationUser) is not declared: only its Jira 6 form (crowd User) was found. Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public interface ChangeHistoryManager {

  List<ChangeHistory> getChangeHistories(Issue issue);
}
