package com.atlassian.sal.api.lifecycle;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1 (void onStart(), void onStop(); exported as an OSGi
 * service for SAL to find). Jira 11: on Platform 8 onStop() is a default method; we implement it,
 * so linkage is unaffected (docs/research/jira11-declarations-audit.md).
 */
public interface LifecycleAware {

  void onStart();

  void onStop();
}
