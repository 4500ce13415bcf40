package io.pmobuyin.jira.digest;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions, what each last did, who opted out, and the secret of the unsubscribe links, in
 * SAL's global plugin settings: Jira's database, so every node of a cluster reads the same. Each is
 * one key holding JSON. A value that cannot be read never breaks Jira: it counts as empty and a
 * warning is logged. Opt-outs are read, changed and written in one step per node; two people
 * unsubscribing on two nodes in the same instant could lose one, which is as rare as it is harmless
 * to retry.
 */
public class SettingsDigestStore implements SubscriptionStore, OptOuts {

  static final String SUBSCRIPTIONS = "io.pmobuyin.digest.subscriptions";
  static final String SENT = "io.pmobuyin.digest.sent";
  static final String OPT_OUTS = "io.pmobuyin.digest.opt-outs";
  static final String SECRET = "io.pmobuyin.digest.secret";

  private static final Logger LOG = LoggerFactory.getLogger(SettingsDigestStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PluginSettingsFactory settingsFactory;

  public SettingsDigestStore(PluginSettingsFactory settingsFactory) {
    this.settingsFactory = settingsFactory;
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
  public synchronized void saveSubscriptions(List<Subscription> subscriptions) {
    write(SUBSCRIPTIONS, subscriptions.stream().map(StoredSubscription::of).toList());
  }

  @Override
  public Map<String, SendRecord> sendLog() {
    Map<String, StoredSubscription.Sent> stored = read(SENT, new TypeReference<>() {}, Map.of());
    Map<String, SendRecord> log = new LinkedHashMap<>();
    stored.forEach((id, sent) -> log.put(id, sent.record()));
    return log;
  }

  @Override
  public synchronized void record(String subscriptionId, SendRecord record) {
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
  public synchronized void optOut(String userKey, String subscriptionId) {
    Map<String, Set<String>> all = optOuts();
    all.computeIfAbsent(userKey, k -> new TreeSet<>()).add(subscriptionId);
    write(OPT_OUTS, all);
  }

  @Override
  public synchronized void optIn(String userKey, String subscriptionId) {
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
   * The secret of the unsubscribe links: 32 random bytes made on first use and kept. Two nodes
   * making it at once would each sign some links with a secret the other overwrote; the later write
   * wins and links signed before it stop working, so it is made when the app first starts sending,
   * once.
   */
  public synchronized byte[] secret() {
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
