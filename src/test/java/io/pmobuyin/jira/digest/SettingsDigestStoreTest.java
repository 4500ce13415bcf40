package io.pmobuyin.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.run.digest.Audience;
import io.pmobuyin.run.digest.Cadence;
import io.pmobuyin.run.digest.OptOuts;
import io.pmobuyin.run.digest.SendRecord;
import io.pmobuyin.run.digest.Subscription;
import io.pmobuyin.testing.LocalClusterLocks;
import io.pmobuyin.testing.MapPluginSettings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SettingsDigestStoreTest {

  private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
  private static final Subscription WEEKLY =
      new Subscription(
          "s-1", Audience.group("pmo \"office\""), Cadence.weekly(DayOfWeek.FRIDAY, 17), CREATED);
  private static final Subscription MONTHLY =
      new Subscription("s-2", Audience.sponsors(), Cadence.monthly(31, 6), CREATED);
  private static final Subscription AFTER_RUN =
      new Subscription("s-3", Audience.sponsors(), Cadence.afterEachRun(), CREATED);

  private final Map<String, Object> database = new HashMap<>();
  private final LocalClusterLocks locks = new LocalClusterLocks();
  private final SettingsDigestStore store =
      new SettingsDigestStore(MapPluginSettings.over(database), locks);

  /** A second node, or the same one after a restart: it shares the database and Beehive's locks. */
  private SettingsDigestStore anotherNode() {
    return new SettingsDigestStore(MapPluginSettings.over(database), locks);
  }

  /** A database slow enough that two nodes' read-change-write steps overlap unless locked. */
  private static Map<String, Object> slowDatabase() {
    return new ConcurrentHashMap<>() {
      @Override
      public Object get(Object key) {
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return super.get(key);
      }
    };
  }

  /** Runs the changes on two nodes at once, alternating, and waits for all of them. */
  private static void onTwoNodes(
      SettingsDigestStore one,
      SettingsDigestStore two,
      int changes,
      java.util.function.BiConsumer<SettingsDigestStore, Integer> change)
      throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < changes; i++) {
        int n = i;
        SettingsDigestStore node = i % 2 == 0 ? one : two;
        done.add(nodes.submit(() -> change.accept(node, n)));
      }
      for (Future<?> each : done) {
        each.get(30, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void subscriptionsAddedOnTwoNodesAtOnceAreAllKept() throws Exception {
    Map<String, Object> slow = slowDatabase();
    SettingsDigestStore one = new SettingsDigestStore(MapPluginSettings.over(slow), locks);
    SettingsDigestStore two = new SettingsDigestStore(MapPluginSettings.over(slow), locks);

    onTwoNodes(
        one,
        two,
        20,
        (node, n) ->
            node.updateSubscriptions(
                stored -> {
                  List<Subscription> all = new ArrayList<>(stored);
                  all.add(
                      new Subscription(
                          "s-" + n, Audience.sponsors(), Cadence.afterEachRun(), CREATED));
                  return all;
                }));

    assertThat(one.subscriptions()).hasSize(20);
  }

  @Test
  void peopleUnsubscribingOnTwoNodesAtOnceAreAllKept() throws Exception {
    Map<String, Object> slow = slowDatabase();
    SettingsDigestStore one = new SettingsDigestStore(MapPluginSettings.over(slow), locks);
    SettingsDigestStore two = new SettingsDigestStore(MapPluginSettings.over(slow), locks);

    onTwoNodes(one, two, 40, (node, n) -> node.optOut("user-" + n, "s-1"));

    for (int i = 0; i < 40; i++) {
      assertThat(one.of("user-" + i)).as("user-" + i).containsExactly("s-1");
    }
    assertThat(locks.held(SettingsDigestStore.LOCK)).isFalse();
  }

  @Test
  void subscriptionsComeBackAsTheyWereSaved() {
    store.saveSubscriptions(List.of(WEEKLY, MONTHLY, AFTER_RUN));

    assertThat(anotherNode().subscriptions()).containsExactly(WEEKLY, MONTHLY, AFTER_RUN);
    assertThat(database.get(SettingsDigestStore.SUBSCRIPTIONS)).isInstanceOf(String.class);
  }

  @Test
  void whatASubscriptionLastDidSurvivesARestart() {
    store.saveSubscriptions(List.of(WEEKLY));
    SendRecord sent =
        new SendRecord(
            Instant.parse("2026-03-06T17:01:00Z"),
            Instant.parse("2026-03-06T17:01:00Z"),
            "pmobuyin.digest.outcome.sent",
            3,
            1);

    store.record("s-1", sent);

    assertThat(anotherNode().sendLog()).containsExactly(Map.entry("s-1", sent));
  }

  @Test
  void recordsOfRemovedSubscriptionsAreDroppedOnTheNextWrite() {
    store.saveSubscriptions(List.of(WEEKLY, MONTHLY));
    store.record("s-1", SendRecord.NEVER);
    store.saveSubscriptions(List.of(MONTHLY));

    store.record("s-2", SendRecord.NEVER);

    assertThat(store.sendLog()).containsOnlyKeys("s-2");
  }

  @Test
  void optOutsArePerPersonAndSubscriptionAndAllCanBeResumed() {
    store.optOut("ann", "s-1");
    store.optOut("ann", OptOuts.EVERY);
    store.optOut("bo", "s-2");

    assertThat(anotherNode().of("ann")).isEqualTo(Set.of("s-1", "*"));
    assertThat(anotherNode().optedOut("ann", "s-9")).isTrue();
    assertThat(anotherNode().optedOut("bo", "s-1")).isFalse();

    store.optIn("ann", OptOuts.EVERY);
    assertThat(anotherNode().of("ann")).isEmpty();
    assertThat(anotherNode().of("bo")).containsExactly("s-2");
  }

  @Test
  void unreadableStoredValuesReadAsEmptyAndNeverBreakJira() {
    database.put(SettingsDigestStore.SUBSCRIPTIONS, "{not json");
    database.put(SettingsDigestStore.SENT, List.of("wrong kind"));
    database.put(SettingsDigestStore.OPT_OUTS, "{\"ann\": 7}");

    assertThat(store.subscriptions()).isEmpty();
    assertThat(store.sendLog()).isEmpty();
    assertThat(store.of("ann")).isEmpty();
  }

  @Test
  void aStoredSubscriptionThatNoLongerFitsIsSkippedAndTheOthersRead() {
    store.saveSubscriptions(List.of(WEEKLY, MONTHLY));
    String json = (String) database.get(SettingsDigestStore.SUBSCRIPTIONS);
    database.put(SettingsDigestStore.SUBSCRIPTIONS, json.replace("\"FRIDAY\"", "\"FUNDAY\""));

    assertThat(store.subscriptions()).containsExactly(MONTHLY);
  }

  @Test
  void theSecretIsMadeOnceAndKept() {
    byte[] first = store.secret();

    assertThat(first).hasSize(32);
    assertThat(anotherNode().secret()).isEqualTo(first);
  }
}
