package io.pmobuyin.jira.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One entry of the admin's error log. Longer text is cut to the column by {@link AoErrorLog}. */
@Table("RUN_ERROR")
public interface RunErrorEntity extends Entity {

  /** The longest VARCHAR Active Objects makes; past it a column must be a CLOB. */
  int LONGEST_TEXT = 450;

  int KEY_LENGTH = 255;

  String LOGGED_AT = "LOGGED_AT";
  String RUN_ID = "RUN_ID";
  String PROJECT_KEY = "PROJECT_KEY";
  String ISSUE_KEY = "ISSUE_KEY";
  String MESSAGE_KEY = "MESSAGE_KEY";
  String DETAIL = "DETAIL";

  @NotNull
  Date getLoggedAt();

  void setLoggedAt(Date at);

  long getRunId();

  void setRunId(long runId);

  @StringLength(KEY_LENGTH)
  String getProjectKey();

  void setProjectKey(String key);

  @StringLength(KEY_LENGTH)
  String getIssueKey();

  void setIssueKey(String key);

  @NotNull
  @StringLength(KEY_LENGTH)
  String getMessageKey();

  void setMessageKey(String key);

  /** Null when there is none: Oracle stores an empty string as null anyway. */
  @StringLength(LONGEST_TEXT)
  String getDetail();

  void setDetail(String detail);
}
