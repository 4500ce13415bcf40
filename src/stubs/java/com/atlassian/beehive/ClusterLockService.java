package com.atlassian.beehive;

/**
 * Compile-only declaration of Beehive's cluster lock service (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.3 (beehive-api 5.0.1: ClusterLock
 * getLockForName(String)).
 */
public interface ClusterLockService {

  ClusterLock getLockForName(String lockName);
}
