package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Compile-only declaration of SAL's i18n resolver (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1 (getText(String), getText(String,
 * Serializable...)). Jira 11: every member we declare is used the same way by a public app built
 * for Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface I18nResolver {

  String getText(String key);

  String getText(String key, Serializable... arguments);
}
