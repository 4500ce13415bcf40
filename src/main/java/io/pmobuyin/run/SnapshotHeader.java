package io.pmobuyin.run;

import java.time.Instant;

/** What is known of a snapshot without reading its report: when, from which run, how big. */
public record SnapshotHeader(long id, long runId, Instant taken, int projects, long issues) {}
