package com.atlassian.sal.api.lifecycle;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1 (void onStart(), void onStop(); exported as an OSGi
 * service for SAL to find).
 */
public interface LifecycleAware {

  void onStart();

  void onStop();
}
