package io.pmobuyin.run;

import java.time.Instant;

/**
 * One run as the admin page lists it: when, why, how far it got, how many problems, and how it
 * ended.
 *
 * @param failureKey for a failed run, the i18n key of why; else null
 */
public record RunRecord(
    long id,
    RunTrigger trigger,
    RunState state,
    Instant started,
    Instant finished,
    int projectsTotal,
    int projectsDone,
    long issuesRead,
    long problems,
    String failureKey) {

  static RunRecord starting(long id, RunTrigger trigger, Instant started) {
    return new RunRecord(id, trigger, RunState.RUNNING, started, null, 0, 0, 0, 0, null);
  }

  RunRecord progress(int total, int done, long issues, long problemCount) {
    return new RunRecord(
        id, trigger, state, started, finished, total, done, issues, problemCount, failureKey);
  }

  RunRecord finish(RunState end, Instant at, String why) {
    return new RunRecord(
        id, trigger, end, started, at, projectsTotal, projectsDone, issuesRead, problems, why);
  }
}
