package io.pmobuyin.mining.portfolio;

/**
 * A project's effort, each issue counted once: the denominator every failure figure is read
 * against.
 *
 * @param all the effort of every issue (time spent, else original estimate, else fallback)
 * @param recordedSeconds of that, time spent as the issues logged it
 * @param failure the effort the patterns' rules attribute, each issue at most once
 * @param atStake the effort of every issue that shows a pattern, each once: the most failure can
 *     have cost where the data cannot separate it
 * @param lateDeliverables releases (or, without a version, due days) delivered late
 * @param delayDays their days late, each counted once
 */
public record ProjectEffort(
    Effort all,
    double recordedSeconds,
    Effort failure,
    Effort atStake,
    long lateDeliverables,
    long delayDays) {

  public static final ProjectEffort NONE =
      new ProjectEffort(Effort.NONE, 0, Effort.NONE, Effort.NONE, 0, 0);

  public ProjectEffort plus(ProjectEffort other) {
    return new ProjectEffort(
        all.plus(other.all),
        recordedSeconds + other.recordedSeconds,
        failure.plus(other.failure),
        atStake.plus(other.atStake),
        lateDeliverables + other.lateDeliverables,
        delayDays + other.delayDays);
  }
}
