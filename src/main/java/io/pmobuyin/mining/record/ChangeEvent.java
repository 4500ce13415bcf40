package io.pmobuyin.mining.record;

import java.time.Instant;
import java.util.Objects;

/**
 * One changed field in an issue's history: when, which field, and the values before and after as
 * the export shows them ({@code from}/{@code to} are ids where the export has them, else the
 * display strings; either may be null). Person-valued fields carry opaque ids only.
 */
public record ChangeEvent(Instant at, ChangeField field, String from, String to) {

  public ChangeEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(field, "field");
  }

  public boolean isEmptyFrom() {
    return from == null || from.isBlank();
  }

  public boolean isEmptyTo() {
    return to == null || to.isBlank();
  }
}
