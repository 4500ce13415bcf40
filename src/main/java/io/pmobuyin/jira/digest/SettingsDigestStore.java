package io.pmobuyin.jira.digest;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.run.digest.OptOuts;
import io.pmobuyin.run.digest.SendRecord;
import io.pmobuyin.run.digest.Subscription;
import io.pmobuyin.run.digest.SubscriptionStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions, what each last did, who opted out, and the secret of the unsubscribe links, in
 * SAL's global plugin settings: Jira's database, so every node of a cluster reads the same. Each is
 * one key holding JSON. A value that cannot be read never breaks Jira: it counts as empty and a
 * warning is logged. Every change is read, changed and written under one Beehive cluster lock, so
 * two people unsubscribing on two nodes in the same instant both count, and two nodes never make
 * two link secrets.
 */
public class SettingsDigestStore implements SubscriptionStore, OptOuts {

  static final String SUBSCRIPTIONS = "io.pmobuyin.digest.subscriptions";
  static final String SENT = "io.pmobuyin.digest.sent";
  static final String OPT_OUTS = "io.pmobuyin.digest.opt-outs";
  static final String SECRET = "io.pmobuyin.digest.secret";

  private static final Logger LOG = LoggerFactory.getLogger(SettingsDigestStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Beehive keeps a row per lock name, so the name is fixed. */
  static final String LOCK = "io.pmobuyin.digest.store";

  /** Long enough for any other node's change (a read and a write), short enough for a page. */
  static final long WAIT_SECONDS = 10;

  private final PluginSettingsFactory settingsFactory;
  private final ClusterLockService locks;

  public SettingsDigestStore(PluginSettingsFactory settingsFactory, ClusterLockService locks) {
    this.settingsFactory = settingsFactory;
    this.locks = locks;
  }

  @Override
  public List<Subscription> subscriptions() {
    List<StoredSubscription> stored = read(SUBSCRIPTIONS, new TypeReference<>() {}, List.of());
    List<Subscription> all = new ArrayList<>();
    for (StoredSubscription one : stored) {
      try {
        all.add(one.subscription());
      } catch (RuntimeException unreadable) {
        LOG.warn("A stored PMO Buy-In subscription is unreadable and skipped: {}", one);
      }
    }
    return all;
  }

  @Override
  public void saveSubscriptions(List<Subscription> subscriptions) {
    locked(() -> write(SUBSCRIPTIONS, subscriptions.stream().map(StoredSubscription::of).toList()));
  }

  @Override
  public void updateSubscriptions(UnaryOperator<List<Subscription>> change) {
    locked(
        () -> {
          List<Subscription> changed = change.apply(subscriptions());
          if (changed != null) {
            write(SUBSCRIPTIONS, changed.stream().map(StoredSubscription::of).toList());
          }
        });
  }

  @Override
  public Map<String, SendRecord> sendLog() {
    Map<String, StoredSubscription.Sent> stored = read(SENT, new TypeReference<>() {}, Map.of());
    Map<String, SendRecord> log = new LinkedHashMap<>();
    stored.forEach((id, sent) -> log.put(id, sent.record()));
    return log;
  }

  @Override
  public void record(String subscriptionId, SendRecord record) {
    locked(() -> recordLocked(subscriptionId, record));
  }

  private void recordLocked(String subscriptionId, SendRecord record) {
    Map<String, StoredSubscription.Sent> stored =
        new TreeMap<>(
            read(SENT, new TypeReference<Map<String, StoredSubscription.Sent>>() {}, Map.of()));
    stored.put(subscriptionId, StoredSubscription.Sent.of(record));
    // Records of deleted subscriptions go with the next write.
    stored.keySet().retainAll(subscriptions().stream().map(Subscription::id).toList());
    write(SENT, stored);
  }

  @Override
  public Set<String> of(String userKey) {
    return Set.copyOf(optOuts().getOrDefault(userKey, Set.of()));
  }

  @Override
  public void optOut(String userKey, String subscriptionId) {
    locked(
        () -> {
          Map<String, Set<String>> all = optOuts();
          all.computeIfAbsent(userKey, k -> new TreeSet<>()).add(subscriptionId);
          write(OPT_OUTS, all);
        });
  }

  @Override
  public void optIn(String userKey, String subscriptionId) {
    locked(() -> optInLocked(userKey, subscriptionId));
  }

  private void optInLocked(String userKey, String subscriptionId) {
    Map<String, Set<String>> all = optOuts();
    Set<String> out = all.getOrDefault(userKey, new TreeSet<>());
    if (EVERY.equals(subscriptionId)) {
      out.clear();
    } else {
      out.remove(subscriptionId);
    }
    if (out.isEmpty()) {
      all.remove(userKey);
    }
    write(OPT_OUTS, all);
  }

  /**
   * The secret of the unsubscribe links: 32 random bytes made on first use and kept. Made under the
   * lock, so that two nodes never each sign links with a secret the other then overwrites.
   */
  public byte[] secret() {
    return locked(this::secretLocked);
  }

  private byte[] secretLocked() {
    Object stored = settingsFactory.createGlobalSettings().get(SECRET);
    if (stored instanceof String text) {
      try {
        byte[] secret = Base64.getDecoder().decode(text);
        if (secret.length >= 32) {
          return secret;
        }
      } catch (IllegalArgumentException unreadable) {
        LOG.warn("The stored PMO Buy-In unsubscribe secret is unreadable; making a new one");
      }
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    settingsFactory.createGlobalSettings().put(SECRET, Base64.getEncoder().encodeToString(secret));
    return secret;
  }

  /**
   * Runs a read-change-write as one step across the cluster. A lock that cannot be had in time
   * fails the change loudly (the page says to try again) rather than risk losing another's.
   */
  private void locked(Runnable change) {
    locked(
        () -> {
          change.run();
          return null;
        });
  }

  private <T> T locked(Supplier<T> change) {
    ClusterLock lock = locks.getLockForName(LOCK);
    boolean held;
    try {
      held = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + LOCK, e);
    }
    if (!held) {
      throw new IllegalStateException("another node holds " + LOCK + " too long");
    }
    try {
      return change.get();
    } finally {
      lock.unlock();
    }
  }

  private Map<String, Set<String>> optOuts() {
    Map<String, Set<String>> stored = read(OPT_OUTS, new TypeReference<>() {}, Map.of());
    Map<String, Set<String>> all = new TreeMap<>();
    stored.forEach((user, ids) -> all.put(user, new TreeSet<>(ids)));
    return all;
  }

  private <T> T read(String key, TypeReference<T> type, T empty) {
    Object stored = settingsFactory.createGlobalSettings().get(key);
    if (!(stored instanceof String text) || text.isBlank()) {
      return empty;
    }
    try {
      T value = JSON.readValue(text, type);
      return value == null ? empty : value;
    } catch (JsonProcessingException unreadable) {
      LOG.warn(
          "Stored PMO Buy-In value {} is unreadable, read as empty: {}",
          key,
          unreadable.getOriginalMessage());
      return empty;
    }
  }

  private void write(String key, Object value) {
    try {
      settingsFactory.createGlobalSettings().put(key, JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + key, e);
    }
  }
}
