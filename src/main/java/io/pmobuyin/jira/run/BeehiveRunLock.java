package io.pmobuyin.jira.run;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.pmobuyin.run.RunLock;

/**
 * The mining run's lock across the cluster: Beehive's lock of one fixed name (its rows persist, so
 * the app uses fixed names only: this one, and the regular report's {@link #DIGEST}). Taken without
 * waiting; unlocked by the thread that took it.
 */
public class BeehiveRunLock implements RunLock {

  static final String NAME = "io.pmobuyin.mining.run";

  /** The regular report's sending: apart from mining, so that neither waits for the other. */
  static final String DIGEST = "io.pmobuyin.digest.send";

  private final ClusterLockService locks;
  private final String name;

  public BeehiveRunLock(ClusterLockService locks) {
    this(locks, NAME);
  }

  BeehiveRunLock(ClusterLockService locks, String name) {
    this.locks = locks;
    this.name = name;
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
    return locks.getLockForName(name);
  }
}
