package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only declaration of SAL's plugin settings factory (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1 (createGlobalSettings()).
 */
public interface PluginSettingsFactory {

  PluginSettings createGlobalSettings();
}
