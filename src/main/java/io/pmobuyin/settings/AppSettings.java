package io.pmobuyin.settings;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.value.ImprovementTargets;
import io.pmobuyin.value.ValueRates;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an admin sets for the app, in one value: what {@link SettingsProperties} stores and
 * {@link SettingsEditor} changes.
 *
 * @param snapshotsKept how many mining runs' reports are kept, newest first
 * @param executiveGroup the Jira group that may see portfolio aggregates; null for none
 * @param actionsProject the key of the Jira project whose issues are the PMO's improvement actions;
 *     null for no plan
 */
public record AppSettings(
    MiningConfig mining,
    ValueRates rates,
    ImprovementTargets targets,
    ClosedProjectRules closed,
    RunSchedule schedule,
    int snapshotsKept,
    String executiveGroup,
    String actionsProject) {

  public static final int MIN_SNAPSHOTS = 1;
  public static final int MAX_SNAPSHOTS = 365;
  public static final int DEFAULT_SNAPSHOTS = 30;

  /** Jira's limit for a group name. */
  public static final int GROUP_LENGTH = 255;

  public AppSettings {
    Objects.requireNonNull(mining, "mining");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(schedule, "schedule");
    if (snapshotsKept < MIN_SNAPSHOTS || snapshotsKept > MAX_SNAPSHOTS) {
      throw new IllegalArgumentException("snapshots kept out of range: " + snapshotsKept);
    }
    executiveGroup =
        executiveGroup == null || executiveGroup.isBlank() ? null : executiveGroup.strip();
    if (executiveGroup != null && executiveGroup.length() > GROUP_LENGTH) {
      throw new IllegalArgumentException("group name longer than " + GROUP_LENGTH);
    }
    actionsProject =
        actionsProject == null || actionsProject.isBlank() ? null : actionsProject.strip();
    if (actionsProject != null
        && !ClosedProjectRules.PROJECT_KEY.matcher(actionsProject).matches()) {
      throw new IllegalArgumentException("not a project key: " + actionsProject);
    }
  }

  /** Settings without an actions project, as they were before there was one. */
  public AppSettings(
      MiningConfig mining,
      ValueRates rates,
      ImprovementTargets targets,
      ClosedProjectRules closed,
      RunSchedule schedule,
      int snapshotsKept,
      String executiveGroup) {
    this(mining, rates, targets, closed, schedule, snapshotsKept, executiveGroup, null);
  }

  public static AppSettings defaults() {
    return new AppSettings(
        MiningConfig.defaults(),
        ValueRates.defaults(),
        ImprovementTargets.defaults(),
        ClosedProjectRules.defaults(),
        RunSchedule.defaults(),
        DEFAULT_SNAPSHOTS,
        null,
        null);
  }

  public Optional<String> executives() {
    return Optional.ofNullable(executiveGroup);
  }

  /** The project whose issues are the improvement actions, if the admin named one. */
  public Optional<String> actions() {
    return Optional.ofNullable(actionsProject);
  }

  public AppSettings withMining(MiningConfig changed) {
    return new AppSettings(
        changed, rates, targets, closed, schedule, snapshotsKept, executiveGroup, actionsProject);
  }
}
