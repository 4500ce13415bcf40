package io.pmobuyin.jira.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One kept report: its header columns and the report JSON in the same row, so a snapshot is written
 * by one INSERT and removed by one DELETE and there is never a header without its report. The
 * report is a CLOB; {@link Preload} names the header columns, so listing headers or finding the
 * newest reads no CLOB, and the report is read only when asked for.
 *
 * <p>PENDING marks a partial run's report, kept but not shown until an admin accepts it. Rows
 * written before the column existed hold NULL there, which reads as false: shown, as they were.
 */
@Table("SNAPSHOT")
@Preload({
  SnapshotEntity.RUN_ID,
  SnapshotEntity.TAKEN,
  SnapshotEntity.PROJECTS,
  SnapshotEntity.ISSUES,
  SnapshotEntity.PENDING
})
public interface SnapshotEntity extends Entity {

  String RUN_ID = "RUN_ID";
  String TAKEN = "TAKEN";
  String PROJECTS = "PROJECTS";
  String ISSUES = "ISSUES";
  String REPORT_JSON = "REPORT_JSON";
  String PENDING = "PENDING";

  long getRunId();

  void setRunId(long runId);

  @NotNull
  Date getTaken();

  void setTaken(Date taken);

  int getProjects();

  void setProjects(int projects);

  long getIssues();

  void setIssues(long issues);

  boolean isPending();

  void setPending(boolean pending);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getReportJson();

  void setReportJson(String json);
}
