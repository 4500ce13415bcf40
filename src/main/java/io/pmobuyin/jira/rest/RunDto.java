package io.pmobuyin.jira.rest;

import io.pmobuyin.run.RunRecord;
import java.util.function.Function;

/** One mining run in the REST API, its times as ISO instants and its failure translated. */
public class RunDto {

  public long id;
  public String trigger;
  public String state;
  public String started;
  public String finished;
  public int projectsTotal;
  public int projectsDone;
  public long issuesRead;
  public long problems;
  public String failure;

  static RunDto of(RunRecord run, Function<String, String> texts) {
    RunDto dto = new RunDto();
    dto.id = run.id();
    dto.trigger = run.trigger().name();
    dto.state = run.state().name();
    dto.started = run.started().toString();
    dto.finished = run.finished() == null ? null : run.finished().toString();
    dto.projectsTotal = run.projectsTotal();
    dto.projectsDone = run.projectsDone();
    dto.issuesRead = run.issuesRead();
    dto.problems = run.problems();
    dto.failure = run.failureKey() == null ? null : texts.apply(run.failureKey());
    return dto;
  }
}
