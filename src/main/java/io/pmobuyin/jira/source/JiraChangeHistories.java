package io.pmobuyin.jira.source;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change histories of a batch of issues, in one database read where Jira offers it: one query
 * an issue is what a run's time goes on in a large archive, not the mining. ChangeHistoryManager's
 * batch read is unconfirmed on Jira 10 and 11 (see its declaration), so the first call that fails
 * to link turns it off for good, logged once, and every batch after it is read issue by issue as
 * before. A batch whose read fails otherwise, or whose answer cannot be told apart by issue, is
 * read issue by issue too, so one bad issue is reported alone and nothing else is lost.
 */
final class JiraChangeHistories {

  private static final Logger LOG = LoggerFactory.getLogger(JiraChangeHistories.class);

  private final ChangeHistoryManager manager;
  private volatile boolean batchReadLinks = true;

  JiraChangeHistories(ChangeHistoryManager manager) {
    this.manager = manager;
  }

  /**
   * The histories of these issues by issue id, every issue present (empty when it has none); null
   * when the batch is to be read issue by issue with {@link #of(Issue)}.
   */
  Map<Long, List<ChangeHistory>> ofBatch(List<Issue> issues) {
    if (!batchReadLinks || issues.isEmpty()) {
      return null;
    }
    try {
      // No user: the run reads for the PMO as a whole, as Jira's own tests call it.
      return byIssue(issues, manager.getChangeHistoriesForUser(issues, null));
    } catch (LinkageError e) {
      batchReadLinks = false;
      LOG.warn(
          "This Jira has no batch read of change histories ({}); reading them issue by issue",
          e.toString());
      return null;
    } catch (RuntimeException e) {
      LOG.warn(
          "Batch read of change histories failed ({}); reading this batch issue by issue",
          e.toString());
      return null;
    }
  }

  /** One issue's histories, one query. */
  List<ChangeHistory> of(Issue issue) {
    return manager.getChangeHistories(issue);
  }

  private static Map<Long, List<ChangeHistory>> byIssue(
      List<Issue> issues, List<ChangeHistory> read) {
    if (read == null) {
      return null;
    }
    Map<Long, List<ChangeHistory>> byIssue = new HashMap<>(issues.size() * 2);
    for (Issue issue : issues) {
      byIssue.put(issue.getId(), new ArrayList<>());
    }
    for (ChangeHistory history : read) {
      List<ChangeHistory> of = history == null ? null : byIssue.get(history.getIssueId());
      if (of == null) {
        // An entry of no issue asked for: the answer is not what we think it is.
        return null;
      }
      of.add(history);
    }
    return byIssue;
  }
}
