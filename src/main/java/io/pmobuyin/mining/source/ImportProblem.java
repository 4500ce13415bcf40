package io.pmobuyin.mining.source;

import java.util.Objects;

/**
 * One thing a source could not read, said so that a person can find and fix it: the file (or other
 * source name), where in it (an issue key, or a position such as {@code issue #12}), and what was
 * wrong. Never a stack trace.
 */
public record ImportProblem(String file, String where, String message) {

  public ImportProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    where = where == null ? "" : where;
  }

  @Override
  public String toString() {
    return where.isEmpty() ? file + ": " + message : file + " (" + where + "): " + message;
  }
}
