package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only declaration of SAL's plugin settings factory (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1 (createGlobalSettings()). Jira 11: every member we
 * declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface PluginSettingsFactory {

  PluginSettings createGlobalSettings();
}
