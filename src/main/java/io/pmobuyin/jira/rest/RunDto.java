package io.pmobuyin.jira.rest;

import io.pmobuyin.run.RunRecord;
import java.util.function.Function;

/** One mining run in the REST API, its times as ISO instants and its failure translated. */
public record RunDto(
    long id,
    String trigger,
    String state,
    String started,
    String finished,
    int projectsTotal,
    int projectsDone,
    long issuesRead,
    long problems,
    String failure) {

  static RunDto of(RunRecord run, Function<String, String> texts) {
    return new RunDto(
        run.id(),
        run.trigger().name(),
        run.state().name(),
        run.started().toString(),
        run.finished() == null ? null : run.finished().toString(),
        run.projectsTotal(),
        run.projectsDone(),
        run.issuesRead(),
        run.problems(),
        run.failureKey() == null ? null : texts.apply(run.failureKey()));
  }
}
