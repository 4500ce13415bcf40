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
 */
@Table("SNAPSHOT")
@Preload({
  SnapshotEntity.RUN_ID,
  SnapshotEntity.TAKEN,
  SnapshotEntity.PROJECTS,
  SnapshotEntity.ISSUES
})
public interface SnapshotEntity extends Entity {

  String RUN_ID = "RUN_ID";
  String TAKEN = "TAKEN";
  String PROJECTS = "PROJECTS";
  String ISSUES = "ISSUES";
  String REPORT_JSON = "REPORT_JSON";

  long getRunId();

  void setRunId(long runId);

  @NotNull
  Date getTaken();

  void setTaken(Date taken);

  int getProjects();

  void setProjects(int projects);

  long getIssues();

  void setIssues(long issues);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getReportJson();

  void setReportJson(String json);
}
