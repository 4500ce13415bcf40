package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.IssueSink;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The worker threads behind reading files ahead, with readers that fail, never end on their own or
 * deliver more than a hand-off holds: whatever happens, the import ends, its threads with it.
 *
 * <p>The timeout of each test is no measure of speed: it only turns a hang into a failure.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ParallelFileImportTest {

  /** More than the hand-offs of a window hold, so that workers wait on full ones. */
  private static final int ISSUES_PER_FILE = 3 * IssueHandOff.BATCH * IssueHandOff.WAITING_BATCHES;

  private final CollectingSink sink = new CollectingSink();
  private final ImportTally tally = new ImportTally(200);

  @AfterEach
  void noWorkerOutlivesTheImport() {
    assertThat(importWorkersAlive()).isEmpty();
  }

  @Test
  void aReadingThatThrowsIsThrownInItsTurnAfterWhatTheFilesBeforeItDelivered() {
    IllegalStateException boom = new IllegalStateException("boom in f3");
    ExportFileReader reader =
        (file, names, out, counts) -> {
          if (file.toString().equals("f3.json")) {
            deliver(out, "f3", 2);
            throw boom;
          }
          deliver(out, name(file), ISSUES_PER_FILE);
          return names;
        };

    assertThatThrownBy(() -> new ParallelFileImport(reader, 3, 200).run(files(8), sink, tally))
        .isSameAs(boom);

    assertThat(sink.keys())
        .hasSize(2 * ISSUES_PER_FILE + 2)
        .startsWith("f1-1", "f1-2")
        .endsWith("f3-1", "f3-2");
  }

  @Test
  void aFileStillBeingReadIsStoppedWhenAFileBeforeItFails() {
    CountDownLatch laterFileStarted = new CountDownLatch(1);
    ExportFileReader reader =
        (file, names, out, counts) -> {
          if (file.toString().equals("f1.json")) {
            awaitUninterruptibly(laterFileStarted);
            throw new IllegalStateException("boom in f1");
          }
          laterFileStarted.countDown();
          // Like a read of a file that never ends unless the reading is stopped.
          awaitUntilInterrupted();
          deliver(out, name(file), 1);
          return names;
        };

    assertThatThrownBy(() -> new ParallelFileImport(reader, 2, 200).run(files(5), sink, tally))
        .hasMessage("boom in f1");

    assertThat(sink.issues).isEmpty();
  }

  @Test
  void aSinkThatThrowsEndsTheImportAndItsWorkers() {
    ExportFileReader reader =
        (file, names, out, counts) -> {
          deliver(out, name(file), ISSUES_PER_FILE);
          return names;
        };
    IssueSink failing =
        new IssueSink() {
          private int issues;

          @Override
          public void project(ProjectRecord project) {}

          @Override
          public void issue(IssueRecord issue) {
            if (++issues == ISSUES_PER_FILE + 5) {
              throw new IllegalArgumentException("the miner failed");
            }
          }
        };

    assertThatThrownBy(() -> new ParallelFileImport(reader, 2, 200).run(files(6), failing, tally))
        .hasMessage("the miner failed");
  }

  @Test
  void interruptingTheImportingThreadCancelsTheImportAndKeepsTheInterrupt()
      throws InterruptedException {
    CountDownLatch reading = new CountDownLatch(2);
    ExportFileReader reader =
        (file, names, out, counts) -> {
          reading.countDown();
          awaitUntilInterrupted();
          return names;
        };
    AtomicReference<Throwable> ended = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread importing =
        new Thread(
            () -> {
              try {
                new ParallelFileImport(reader, 2, 200).run(files(6), sink, tally);
              } catch (Throwable e) {
                ended.set(e);
              }
              stillInterrupted.set(Thread.currentThread().isInterrupted());
            },
            "test-importing");
    importing.start();
    reading.await();

    importing.interrupt();
    importing.join();

    assertThat(ended.get()).isInstanceOf(CancellationException.class);
    assertThat(stillInterrupted.get()).isTrue();
  }

  @Test
  void workersAreNamedDaemonThreadsAndTheSinkIsCalledFromTheImportingThreadAlone() {
    Map<String, Boolean> readers = new ConcurrentHashMap<>();
    ExportFileReader reader =
        (file, names, out, counts) -> {
          readers.put(Thread.currentThread().getName(), Thread.currentThread().isDaemon());
          deliver(out, name(file), ISSUES_PER_FILE);
          return names;
        };
    List<Thread> calledFrom = Collections.synchronizedList(new ArrayList<>());
    IssueSink recording =
        new IssueSink() {
          @Override
          public void project(ProjectRecord project) {}

          @Override
          public void issue(IssueRecord issue) {
            calledFrom.add(Thread.currentThread());
            sink.issue(issue);
          }
        };

    new ParallelFileImport(reader, 3, 200).run(files(9), recording, tally);

    assertThat(readers.keySet()).allMatch(name -> name.startsWith(ImportWorkers.NAME_PREFIX));
    assertThat(readers.values()).containsOnly(true);
    assertThat(calledFrom).containsOnly(Thread.currentThread());
    assertThat(sink.keys())
        .hasSize(9 * ISSUES_PER_FILE)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 9)
                .boxed()
                .flatMap(
                    f -> IntStream.rangeClosed(1, ISSUES_PER_FILE).mapToObj(i -> "f" + f + "-" + i))
                .toList());
  }

  /**
   * A file read ahead from names that the files before it then changed is read again in turn, from
   * the names they taught; its reading ahead is dropped, and nothing is delivered twice.
   */
  @Test
  void aFileReadAheadFromNamesThatTurnOutWrongIsReadAgainFromTheRightOnes() {
    ExportFileReader reader =
        (file, names, out, counts) -> {
          // Each file's issue says which names it was read with; f2 and f6 teach a new name.
          deliver(out, name(file) + "-read-with-" + names.size(), 1);
          return switch (name(file)) {
            case "f2" -> Map.of("customfield_1", "Sprint");
            case "f6" -> Map.of("customfield_1", "Sprint", "customfield_2", "Flagged");
            default -> names;
          };
        };

    new ParallelFileImport(reader, 2, 200).run(files(10), sink, tally);

    assertThat(sink.keys())
        .containsExactly(
            "f1-read-with-0-1",
            "f2-read-with-0-1",
            "f3-read-with-1-1",
            "f4-read-with-1-1",
            "f5-read-with-1-1",
            "f6-read-with-1-1",
            "f7-read-with-2-1",
            "f8-read-with-2-1",
            "f9-read-with-2-1",
            "f10-read-with-2-1");
  }

  private static List<Path> files(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> Path.of("f" + i + ".json")).toList();
  }

  private static String name(Path file) {
    return file.toString().replace(".json", "");
  }

  private static void deliver(IssueSink out, String prefix, int issues) {
    for (int i = 1; i <= issues; i++) {
      out.issue(
          IssueRecord.builder(prefix + "-" + i, "P", Instant.parse("2024-01-01T00:00:00Z"))
              .build());
    }
    out.project(ProjectRecord.named("P", "Project"));
  }

  private static void awaitUntilInterrupted() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      // Ends as a reading does that an interrupt cut short: normally, with the interrupt cleared.
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // Keep waiting: the test needs the later file started.
      }
    }
  }

  private static List<String> importWorkersAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith(ImportWorkers.NAME_PREFIX))
        .toList();
  }
}
