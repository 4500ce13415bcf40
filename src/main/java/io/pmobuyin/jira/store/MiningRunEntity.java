package io.pmobuyin.jira.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One mining run as a row of Jira's database, so that every node of a cluster reads the same
 * progress and a cancel set on one node is seen by the run on another. Column names are spelled out
 * for the queries of {@link AoRunHistory}; none is an SQL keyword (a plain TRIGGER or STATE would
 * invite trouble on some databases).
 */
@Table("MINING_RUN")
public interface MiningRunEntity extends Entity {

  String RUN_TRIGGER = "RUN_TRIGGER";
  String RUN_STATE = "RUN_STATE";
  String STARTED = "STARTED";
  String FINISHED = "FINISHED";
  String PROJECTS_TOTAL = "PROJECTS_TOTAL";
  String PROJECTS_DONE = "PROJECTS_DONE";
  String ISSUES_READ = "ISSUES_READ";
  String PROBLEMS = "PROBLEMS";
  String FAILURE_KEY = "FAILURE_KEY";
  String CANCEL_REQUESTED = "CANCEL_REQUESTED";

  /** A {@link io.pmobuyin.run.RunTrigger} name. */
  @NotNull
  @StringLength(32)
  String getRunTrigger();

  void setRunTrigger(String trigger);

  /** A {@link io.pmobuyin.run.RunState} name; the run under way is found by it. */
  @NotNull
  @Indexed
  @StringLength(32)
  String getRunState();

  void setRunState(String state);

  @NotNull
  Date getStarted();

  void setStarted(Date started);

  /** Null while the run is under way. */
  Date getFinished();

  void setFinished(Date finished);

  int getProjectsTotal();

  void setProjectsTotal(int total);

  int getProjectsDone();

  void setProjectsDone(int done);

  long getIssuesRead();

  void setIssuesRead(long issues);

  long getProblems();

  void setProblems(long problems);

  /** For a failed run, the i18n key of why; else null. */
  String getFailureKey();

  void setFailureKey(String key);

  /**
   * Set by whichever node an admin asks on, never cleared. Progress saves write only the columns
   * they change, so they cannot undo it.
   */
  boolean isCancelRequested();

  void setCancelRequested(boolean requested);
}
