package io.pmobuyin.run;

/**
 * The cluster-wide lock that lets one node run at a time (a Beehive cluster lock inside Jira). A
 * node that cannot take it at once skips its run rather than wait.
 */
public interface RunLock {

  boolean tryLock();

  void unlock();
}
