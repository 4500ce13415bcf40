package io.pmobuyin.mining.record;

import java.time.Instant;
import java.util.Objects;

/** A sprint the issue belongs to; start is null when the export does not say. */
public record SprintRecord(String name, Instant start) {

  public SprintRecord {
    Objects.requireNonNull(name, "name");
  }
}
