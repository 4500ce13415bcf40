package io.pmobuyin.run;

/** Why a run started: the schedule, or an admin's "run now". */
public enum RunTrigger {
  SCHEDULED,
  MANUAL
}
