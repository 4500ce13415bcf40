package com.atlassian.sal.api.message;

/**
 * Compile-only declaration of SAL's i18n resolver (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1 (getText(String)).
 */
public interface I18nResolver {

  String getText(String key);
}
