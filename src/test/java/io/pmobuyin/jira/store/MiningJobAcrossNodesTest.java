package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.run.MiningJob;
import io.pmobuyin.run.RunLock;
import io.pmobuyin.run.RunRecord;
import io.pmobuyin.run.RunState;
import io.pmobuyin.run.RunTrigger;
import io.pmobuyin.run.SnapshotHeader;
import io.pmobuyin.run.StandardMiningPlan;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.FakeActiveObjects;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.testing.ScriptedProjects;
import io.pmobuyin.value.ValueRates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The mining job on two cluster nodes sharing one database through the Active Objects adapters:
 * what one node does, the other sees.
 */
class MiningJobAcrossNodesTest {

  private final FakeActiveObjects database = FakeActiveObjects.empty();
  private final AtomicBoolean clusterLock = new AtomicBoolean();
  private final ScriptedProjects projects =
      new ScriptedProjects().project("ALPHA", 4).project("BETA", 4);
  private final MiningJob nodeA = node();
  private final MiningJob nodeB = node();

  @Test
  void aCancelAskedOnOneNodeStopsTheRunOnAnotherAndKeepsTheLastGoodSnapshot() {
    nodeA.run(RunTrigger.SCHEDULED);
    SnapshotHeader good = snapshots().latest().orElseThrow().header();
    List<Boolean> cancelAccepted = new ArrayList<>();
    projects.at("ALPHA-2", () -> cancelAccepted.add(nodeB.cancel()));

    RunRecord cancelled = nodeA.run(RunTrigger.MANUAL).orElseThrow();

    assertThat(cancelAccepted).containsExactly(true);
    assertThat(cancelled.state()).isEqualTo(RunState.CANCELLED);
    assertThat(snapshots().headers()).containsExactly(good);
    assertThat(history().running()).isEmpty();
  }

  @Test
  void showsARunsProgressOnTheOtherNode() {
    List<RunRecord> seenFromB = new ArrayList<>();
    projects.at("BETA-1", () -> history().running().ifPresent(seenFromB::add));

    nodeA.run(RunTrigger.MANUAL);

    assertThat(seenFromB)
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.projectsTotal()).isEqualTo(2);
              assertThat(run.projectsDone()).isEqualTo(1);
              assertThat(run.issuesRead()).isEqualTo(4);
            });
  }

  @Test
  void recordsTheRunANodeSkipsWhileAnotherRuns() {
    List<RunRecord> skippedOnB = new ArrayList<>();
    projects.at("ALPHA-1", () -> skippedOnB.add(nodeB.run(RunTrigger.SCHEDULED).orElse(null)));

    RunRecord ran = nodeA.run(RunTrigger.MANUAL).orElseThrow();

    assertThat(skippedOnB).containsExactly((RunRecord) null);
    assertThat(history().recent(10))
        .extracting(RunRecord::state)
        .containsExactly(RunState.SKIPPED, RunState.SUCCEEDED);
    assertThat(history().recent(10).get(1).id()).isEqualTo(ran.id());
  }

  private MiningJob node() {
    return new MiningJob(
        projects,
        projects,
        () ->
            new StandardMiningPlan(
                MiningConfig.defaults(),
                ValueRates.defaults(),
                ServiceCatalogue.empty(),
                30,
                Reports::message,
                "PMO Buy-In test"),
        new SharedLock(),
        new AoRunHistory(database.service()),
        new AoSnapshotStore(database.service()),
        new AoErrorLog(database.service()),
        Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC));
  }

  private AoRunHistory history() {
    return new AoRunHistory(database.service());
  }

  private AoSnapshotStore snapshots() {
    return new AoSnapshotStore(database.service());
  }

  /** The cluster lock, one for all nodes. */
  private final class SharedLock implements RunLock {
    @Override
    public boolean tryLock() {
      return clusterLock.compareAndSet(false, true);
    }

    @Override
    public void unlock() {
      clusterLock.set(false);
    }
  }
}
