package io.pmobuyin.settings;

import java.util.List;

/**
 * Where the admin's settings are kept: Jira's database inside Jira (SAL plugin settings, the same
 * on every node), memory in tests.
 */
public interface SettingsStore {

  /**
   * The saved settings; the defaults before any are saved, or when the saved ones are unreadable.
   */
  AppSettings settings();

  /**
   * Why the saved settings could not be read (the defaults are in use then), for the admin page and
   * the health check; empty when they were read.
   */
  List<SettingsProblem> readProblems();

  void save(AppSettings settings);
}
