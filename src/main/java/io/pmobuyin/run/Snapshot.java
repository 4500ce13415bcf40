package io.pmobuyin.run;

import java.util.Objects;

/** One run's report, as JSON of schema v1, with its header. */
public record Snapshot(SnapshotHeader header, String reportJson) {

  public Snapshot {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reportJson, "reportJson");
  }
}
