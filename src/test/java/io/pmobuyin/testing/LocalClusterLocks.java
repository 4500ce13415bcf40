package io.pmobuyin.testing;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's cluster locks as one JVM sees them: a lock per name, shared by every "node" given this
 * same service, as Beehive's database rows are shared by the nodes of a cluster.
 */
public final class LocalClusterLocks implements ClusterLockService {

  private final Map<String, Named> locks = new ConcurrentHashMap<>();

  @Override
  public ClusterLock getLockForName(String lockName) {
    return locks.computeIfAbsent(lockName, name -> new Named());
  }

  /** Whether any thread holds the lock of that name now. */
  public boolean held(String lockName) {
    Named lock = locks.get(lockName);
    return lock != null && lock.isLocked();
  }

  private static final class Named extends ReentrantLock implements ClusterLock {}
}
