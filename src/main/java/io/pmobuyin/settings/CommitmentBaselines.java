package io.pmobuyin.settings;

/**
 * Format 1 to 2. Scope creep is no longer "created after the first share of the project's
 * timeline", which flagged most issues of any steady project, but work added to a commitment after
 * it was made (fix versions, sprints, or a baseline day per project: {@code mining.baseline.KEY}).
 * The share that defined the old baseline means nothing now, so it is dropped rather than refused:
 * refusing it would make settings stored by an earlier version unreadable.
 */
final class CommitmentBaselines implements FormatStep {

  static final String BASELINE_SHARE = "mining.baselineShare";

  @Override
  public int from() {
    return 1;
  }

  @Override
  public StoredSetting upgrade(StoredSetting setting) {
    return setting.key().equals(BASELINE_SHARE) ? null : setting;
  }
}
