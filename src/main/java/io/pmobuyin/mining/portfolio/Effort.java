package io.pmobuyin.mining.portfolio;

/**
 * Work in hours as the data gives it: seconds recorded or estimated, and issues with neither, which
 * the cost model prices at the admin's fallback hours (unknown while mining). Fractions of an issue
 * arise where one issue's effort is shared among the patterns it shows.
 */
public record Effort(double seconds, double issuesWithoutEffort) {

  public static final Effort NONE = new Effort(0, 0);

  /** An issue's effort: its seconds, or one issue without effort when negative. */
  static Effort ofIssue(long seconds) {
    return seconds < 0 ? new Effort(0, 1) : new Effort(seconds, 0);
  }

  public Effort plus(Effort other) {
    return new Effort(seconds + other.seconds, issuesWithoutEffort + other.issuesWithoutEffort);
  }

  Effort times(double factor) {
    return new Effort(seconds * factor, issuesWithoutEffort * factor);
  }

  public boolean isNone() {
    return seconds == 0 && issuesWithoutEffort == 0;
  }

  /** In hours, an issue without effort counted as {@code fallbackHours}. */
  public double hours(double fallbackHours) {
    return seconds / 3600.0 + issuesWithoutEffort * fallbackHours;
  }
}
