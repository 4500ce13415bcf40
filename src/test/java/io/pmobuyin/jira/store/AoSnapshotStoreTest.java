package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.run.SnapshotHeader;
import io.pmobuyin.run.SnapshotStore;
import io.pmobuyin.testing.FakeActiveObjects;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class AoSnapshotStoreTest {

  private static final Instant TAKEN = Instant.parse("2026-11-22T03:41:07.125Z");

  private final FakeActiveObjects database = FakeActiveObjects.empty();
  private final SnapshotStore store = new AoSnapshotStore(database.service());

  @Test
  void keepsTheReportInTheRowOfItsHeader() {
    SnapshotHeader saved = store.save(7, TAKEN, 12, 340, "{\"schema\":1}");

    assertThat(database.row(SnapshotEntity.class, (int) saved.id()))
        .containsEntry(SnapshotEntity.RUN_ID, 7L)
        .containsEntry(SnapshotEntity.TAKEN, Date.from(TAKEN))
        .containsEntry(SnapshotEntity.PROJECTS, 12)
        .containsEntry(SnapshotEntity.ISSUES, 340L)
        .containsEntry(SnapshotEntity.REPORT_JSON, "{\"schema\":1}");
  }

  @Test
  void readsTheSameSnapshotsFromEveryNode() {
    SnapshotStore otherNode = new AoSnapshotStore(database.service());
    SnapshotHeader saved = store.save(7, TAKEN, 12, 340, "{\"schema\":1}");

    assertThat(otherNode.headers()).containsExactly(saved);
    assertThat(otherNode.latest()).map(s -> s.header()).contains(saved);
  }

  @Test
  void pruneLeavesNoRowBehind() {
    for (int run = 1; run <= 4; run++) {
      store.save(run, TAKEN, 1, 1, "{}");
    }

    store.prune(1);

    assertThat(database.rowCount(SnapshotEntity.class)).isEqualTo(1);
  }

  @Test
  void refusesToPruneToANegativeCount() {
    assertThatThrownBy(() -> store.prune(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsNoSnapshotBeyondTheDatabasesIdRange() {
    store.save(1, TAKEN, 1, 1, "{}");

    assertThat(store.get(Long.MAX_VALUE)).isEmpty();
  }
}
