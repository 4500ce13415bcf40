package io.pmobuyin.value;

/**
 * The denominator of every failure figure, and the figures read against it, each issue's effort
 * counted once.
 *
 * @param hours the effort of every issue: time spent, else original estimate, else fallback hours
 * @param recordedHours of that, time spent as logged; the rest is estimated
 * @param issuesWithoutEffort issues with neither time spent nor estimate, counted at fallback hours
 * @param failureHours what the patterns' rules attribute, each issue at most once
 * @param failureCost those hours at the hourly rate, plus the cost of delay
 * @param atStakeHours the effort of every issue that shows a pattern: the most failure can have
 *     taken where the data cannot separate it
 * @param lateDeliverables releases (or due days) delivered late
 * @param delayDays their days late, each once
 * @param delayCost those days at the cost of delay (0 while none is set)
 */
public record EffortFigures(
    double hours,
    double recordedHours,
    double issuesWithoutEffort,
    double failureHours,
    double failureCost,
    double atStakeHours,
    long lateDeliverables,
    long delayDays,
    double delayCost) {

  public static final EffortFigures NONE = new EffortFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Both added up: the figures of two sets of projects, each issue still once. */
  public EffortFigures plus(EffortFigures other) {
    return new EffortFigures(
        hours + other.hours,
        recordedHours + other.recordedHours,
        issuesWithoutEffort + other.issuesWithoutEffort,
        failureHours + other.failureHours,
        failureCost + other.failureCost,
        atStakeHours + other.atStakeHours,
        lateDeliverables + other.lateDeliverables,
        delayDays + other.delayDays,
        delayCost + other.delayCost);
  }

  /** Failure hours per hour of all the effort; NaN with no effort. */
  public double failureShare() {
    return hours == 0 ? Double.NaN : failureHours / hours;
  }
}
