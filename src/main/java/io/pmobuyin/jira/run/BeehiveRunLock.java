package io.pmobuyin.jira.run;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.pmobuyin.run.RunLock;

/**
 * The mining run's lock across the cluster: Beehive's lock of one fixed name (its rows persist, so
 * the app uses this one name only). Taken without waiting; unlocked by the thread that took it.
 */
public class BeehiveRunLock implements RunLock {

  static final String NAME = "io.pmobuyin.mining.run";

  private final ClusterLockService locks;

  public BeehiveRunLock(ClusterLockService locks) {
    this.locks = locks;
  }

  @Override
  public boolean tryLock() {
    return lock().tryLock();
  }

  @Override
  public void unlock() {
    lock().unlock();
  }

  private ClusterLock lock() {
    return locks.getLockForName(NAME);
  }
}
