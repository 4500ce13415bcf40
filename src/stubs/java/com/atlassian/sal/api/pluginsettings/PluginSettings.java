package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only declaration of SAL's plugin settings (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1 (Object get(String), Object put(String, Object),
 * Object remove(String); values String, List, Properties or Map; keys of at most 100 characters;
 * stored in the database). Jira 11: every member we declare is used the same way by a public app
 * built for Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface PluginSettings {

  Object get(String key);

  Object put(String key, Object value);

  Object remove(String key);
}
