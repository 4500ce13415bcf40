package io.pmobuyin.mining.record;

import java.time.LocalDate;
import java.util.Objects;

/** A project version (fix version); its release date may be missing. */
public record VersionRecord(String name, LocalDate releaseDate, boolean released) {

  public VersionRecord {
    Objects.requireNonNull(name, "name");
  }
}
