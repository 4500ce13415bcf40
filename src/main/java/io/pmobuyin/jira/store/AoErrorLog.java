package io.pmobuyin.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.pmobuyin.run.ErrorLog;
import io.pmobuyin.run.LoggedError;
import io.pmobuyin.run.RunProblem;
import java.util.Arrays;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The admin's error log in Jira's database, newest (highest id) first. Each add drops what is past
 * the newest {@value #KEPT} entries, so a run over a broken project cannot fill the database; text
 * longer than its column is cut rather than refused.
 */
public final class AoErrorLog implements ErrorLog {

  public static final int KEPT = 1_000;

  private static final String NEWEST_FIRST = "ID DESC";

  private final ActiveObjects activeObjects;

  public AoErrorLog(ActiveObjects activeObjects) {
    this.activeObjects = activeObjects;
  }

  @Override
  public void add(LoggedError error) {
    RunProblem problem = error.problem();
    activeObjects.create(
        RunErrorEntity.class,
        new DBParam(RunErrorEntity.LOGGED_AT, StoredTime.toDate(error.at())),
        new DBParam(RunErrorEntity.RUN_ID, error.runId()),
        new DBParam(
            RunErrorEntity.PROJECT_KEY, fit(problem.projectKey(), RunErrorEntity.KEY_LENGTH)),
        new DBParam(RunErrorEntity.ISSUE_KEY, fit(problem.issueKey(), RunErrorEntity.KEY_LENGTH)),
        new DBParam(
            RunErrorEntity.MESSAGE_KEY, fit(problem.messageKey(), RunErrorEntity.KEY_LENGTH)),
        // Oracle stores an empty string as null; storing null everywhere reads back the same.
        new DBParam(
            RunErrorEntity.DETAIL,
            problem.detail().isEmpty()
                ? null
                : fit(problem.detail(), RunErrorEntity.LONGEST_TEXT)));
    dropBeyondKept();
  }

  @Override
  public List<LoggedError> recent(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    RunErrorEntity[] rows =
        activeObjects.find(RunErrorEntity.class, Query.select().order(NEWEST_FIRST).limit(limit));
    return Arrays.stream(rows).map(AoErrorLog::entry).toList();
  }

  /** The entries kept: at most {@value #KEPT}. */
  @Override
  public long count() {
    return activeObjects.count(RunErrorEntity.class);
  }

  @Override
  public void clear() {
    activeObjects.deleteWithSQL(RunErrorEntity.class, "ID > ?", 0);
  }

  private void dropBeyondKept() {
    RunErrorEntity[] firstDropped =
        activeObjects.find(
            RunErrorEntity.class, Query.select().order(NEWEST_FIRST).offset(KEPT).limit(1));
    if (firstDropped.length > 0) {
      activeObjects.deleteWithSQL(RunErrorEntity.class, "ID <= ?", firstDropped[0].getID());
    }
  }

  private static LoggedError entry(RunErrorEntity row) {
    return new LoggedError(
        StoredTime.toInstant(row.getLoggedAt()),
        row.getRunId(),
        new RunProblem(
            row.getProjectKey(), row.getIssueKey(), row.getMessageKey(), row.getDetail()));
  }

  /** Cut to the column, never inside a surrogate pair. */
  static String fit(String text, int length) {
    if (text == null || text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }
}
