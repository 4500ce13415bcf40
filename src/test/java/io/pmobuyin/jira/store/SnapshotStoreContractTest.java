package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.run.Snapshot;
import io.pmobuyin.run.SnapshotHeader;
import io.pmobuyin.run.SnapshotStore;
import io.pmobuyin.testing.FakeActiveObjects;
import io.pmobuyin.testing.InMemorySnapshotStore;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@link SnapshotStore} does, in memory (MiningJobTest) and in Jira's database. */
class SnapshotStoreContractTest {

  static final Instant TAKEN = Instant.parse("2026-11-22T03:41:07.125Z");

  abstract static class Contract {

    SnapshotStore store;

    abstract SnapshotStore newStore();

    @BeforeEach
    void emptyStore() {
      store = newStore();
    }

    @Test
    void keepsTheHeaderAndTheReportOfASavedSnapshot() {
      SnapshotHeader saved = store.save(7, TAKEN, 12, 3_000_000_000L, "{\"schema\":1}");

      assertThat(saved.id()).isPositive();
      assertThat(saved).isEqualTo(new SnapshotHeader(saved.id(), 7, TAKEN, 12, 3_000_000_000L));
      assertThat(store.get(saved.id())).contains(new Snapshot(saved, "{\"schema\":1}"));
    }

    @Test
    void keepsALargeReportWhole() {
      String report = "{\"text\":\"" + "Projekt \u00fcber Budget \u2013 ".repeat(50_000) + "\"}";

      SnapshotHeader saved = store.save(1, TAKEN, 1, 1, report);

      assertThat(store.get(saved.id())).map(Snapshot::reportJson).contains(report);
    }

    @Test
    void givesTheNewestAsLatestAndListsHeadersNewestFirst() {
      SnapshotHeader first = store.save(1, TAKEN, 2, 20, "{\"run\":1}");
      SnapshotHeader second = store.save(2, TAKEN.plusSeconds(86_400), 3, 30, "{\"run\":2}");

      assertThat(store.latest()).contains(new Snapshot(second, "{\"run\":2}"));
      assertThat(store.headers()).containsExactly(second, first);
    }

    @Test
    void hasNoLatestNorAnyHeaderWhenEmpty() {
      assertThat(store.latest()).isEmpty();
      assertThat(store.headers()).isEmpty();
    }

    @Test
    void findsNothingUnderAnIdItNeverGave() {
      store.save(1, TAKEN, 1, 1, "{}");

      assertThat(store.get(999)).isEmpty();
      assertThat(store.get(0)).isEmpty();
    }

    @Test
    void pruneKeepsTheNewestOnes() {
      for (int run = 1; run <= 5; run++) {
        store.save(run, TAKEN.plusSeconds(run), run, run, "{\"run\":" + run + "}");
      }

      store.prune(2);

      assertThat(store.headers()).extracting(SnapshotHeader::runId).containsExactly(5L, 4L);
      assertThat(store.latest()).map(Snapshot::reportJson).contains("{\"run\":5}");
    }

    @Test
    void pruneKeepsEverythingWhenThereAreFewerThanAsked() {
      store.save(1, TAKEN, 1, 1, "{}");
      store.save(2, TAKEN, 1, 1, "{}");

      store.prune(30);

      assertThat(store.headers()).hasSize(2);
    }

    @Test
    void pruneToNoneEmptiesTheStore() {
      store.save(1, TAKEN, 1, 1, "{}");

      store.prune(0);

      assertThat(store.headers()).isEmpty();
      assertThat(store.latest()).isEmpty();
    }

    @Test
    void keepsAPendingSnapshotBesideTheLatestShownOneWithoutShowingIt() {
      SnapshotHeader good = store.save(1, TAKEN, 10, 100, "{\"good\":1}");
      SnapshotHeader partial = store.save(2, TAKEN, 3, 30, "{\"partial\":1}", true);

      assertThat(store.latest()).map(Snapshot::header).contains(good);
      assertThat(store.headers()).containsExactly(good);
      assertThat(store.pending()).contains(partial);
      assertThat(partial.pending()).isTrue();
    }

    @Test
    void showsAPendingSnapshotOnceItsRunIsAccepted() {
      store.save(1, TAKEN, 10, 100, "{}");
      SnapshotHeader partial = store.save(2, TAKEN, 3, 30, "{\"partial\":1}", true);

      assertThat(store.accept(99)).isFalse();
      assertThat(store.accept(2)).isTrue();

      assertThat(store.latest()).map(Snapshot::reportJson).contains("{\"partial\":1}");
      assertThat(store.latest().orElseThrow().header().id()).isEqualTo(partial.id());
      assertThat(store.pending()).isEmpty();
      assertThat(store.accept(2)).isFalse();
    }

    @Test
    void pruneNeverLetsAPendingSnapshotTakeTheLastGoodOnesPlace() {
      SnapshotHeader good = store.save(1, TAKEN, 10, 100, "{}");
      store.save(2, TAKEN, 3, 30, "{}", true);
      SnapshotHeader newest = store.save(3, TAKEN, 2, 20, "{}", true);

      store.prune(1);

      assertThat(store.headers()).containsExactly(good);
      assertThat(store.pending()).contains(newest);
      assertThat(store.get(newest.id() - 1)).isEmpty();
    }

    @Test
    void pruneDropsAPendingSnapshotOnceAShownOneIsNewer() {
      SnapshotHeader partial = store.save(1, TAKEN, 3, 30, "{}", true);
      SnapshotHeader good = store.save(2, TAKEN, 10, 100, "{}");

      store.prune(5);

      assertThat(store.get(partial.id())).isEmpty();
      assertThat(store.headers()).containsExactly(good);
      assertThat(store.pending()).isEmpty();
    }

    @Test
    void givesNewIdsAfterAPrune() {
      SnapshotHeader pruned = store.save(1, TAKEN, 1, 1, "{}");
      store.prune(0);

      SnapshotHeader next = store.save(2, TAKEN, 1, 1, "{}");

      assertThat(next.id()).isGreaterThan(pruned.id());
      assertThat(store.get(pruned.id())).isEmpty();
    }
  }

  @Nested
  class InMemory extends Contract {
    @Override
    SnapshotStore newStore() {
      return new InMemorySnapshotStore();
    }
  }

  @Nested
  class OverActiveObjects extends Contract {
    @Override
    SnapshotStore newStore() {
      return new AoSnapshotStore(FakeActiveObjects.empty().service());
    }

    @Test
    void showsARowWrittenBeforeThePendingColumnExisted() {
      FakeActiveObjects database = FakeActiveObjects.empty();
      SnapshotStore older = new AoSnapshotStore(database.service());
      SnapshotHeader saved = older.save(1, TAKEN, 1, 1, "{}");
      java.util.Map<String, Object> upgraded = new java.util.HashMap<>();
      upgraded.put(SnapshotEntity.PENDING, null);
      database.update(SnapshotEntity.class, (int) saved.id(), upgraded);

      assertThat(older.latest()).map(Snapshot::header).contains(saved);
      assertThat(older.pending()).isEmpty();
    }
  }
}
