package io.pmobuyin.settings;

/**
 * One step of the stored settings' format, from {@link #from()} to the next. Stored settings of any
 * older format reach the current one through every step in turn, so a new format is one more step,
 * and the steps before it never change.
 */
public interface FormatStep {

  /** The format this step reads. */
  int from();

  /**
   * The setting as the next format writes it, or null when the next format has no such setting.
   * Settings this step does not know pass unchanged.
   */
  StoredSetting upgrade(StoredSetting setting);
}
