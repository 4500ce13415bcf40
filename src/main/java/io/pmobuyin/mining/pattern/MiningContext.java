package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.PatternThresholds;
import java.time.Instant;

/** What is known only once every issue is in: the project's timeline and the portfolio's norms. */
public interface MiningContext {

  PatternThresholds thresholds();

  /** The project's first issue creation. */
  Instant projectStart();

  /** The project's last resolution (or last activity). */
  Instant projectEnd();

  /** The portfolio's long-cycle threshold in days for this issue type; NaN when unknown. */
  double longCycleDays(String type);

  /** When work on a fix version began: the first of its planned issues started; null if unknown. */
  default Instant versionWorkStart(String version) {
    return null;
  }

  /** Whether {@code to} ships after {@code from}: by release date, else by version number. */
  default boolean isLaterVersion(String from, String to) {
    return false;
  }

  /** The day the admin set as this project's scope baseline; null when none is set. */
  default Instant projectBaseline() {
    return null;
  }

  /** The instant at the given share of the project's timeline. */
  default Instant projectMoment(double share) {
    long span = projectEnd().toEpochMilli() - projectStart().toEpochMilli();
    return projectStart().plusMillis(Math.round(Math.max(0, span) * share));
  }
}
