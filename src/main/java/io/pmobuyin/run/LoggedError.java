package io.pmobuyin.run;

import java.time.Instant;

/** One entry of the admin's error log: when, in which run, and the problem. */
public record LoggedError(Instant at, long runId, RunProblem problem) {}
