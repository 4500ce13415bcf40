package io.pmobuyin.mining.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project version (fix version); its planned start and release dates may be missing.
 *
 * @param startDate the day work on it was planned to begin (Jira's version start date)
 */
public record VersionRecord(
    String name, LocalDate releaseDate, boolean released, LocalDate startDate) {

  public VersionRecord {
    Objects.requireNonNull(name, "name");
  }

  /** A version without a start date, as most are. */
  public VersionRecord(String name, LocalDate releaseDate, boolean released) {
    this(name, releaseDate, released, null);
  }
}
