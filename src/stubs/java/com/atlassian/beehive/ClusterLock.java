package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-only declaration (never packaged); we call only what Lock declares (tryLock(),
 * tryLock(long, TimeUnit), unlock). Checked against: ../shared/reference/jira-platform-api.md §7.3
 * (interface extends java.util.concurrent.locks.Lock). Jira 11: UNCONFIRMED (no public app built
 * for Jira 11 seen using it) (docs/research/jira11-declarations-audit.md).
 */
public interface ClusterLock extends Lock {}
