package com.atlassian.beehive;

/**
 * Compile-only declaration of Beehive's cluster lock service (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.3 (beehive-api 5.0.1: ClusterLock
 * getLockForName(String)). Jira 11: UNCONFIRMED (no public app built for Jira 11 seen using it)
 * (docs/research/jira11-declarations-audit.md).
 */
public interface ClusterLockService {

  ClusterLock getLockForName(String lockName);
}
