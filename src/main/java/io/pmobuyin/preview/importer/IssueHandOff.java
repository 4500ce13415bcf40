package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.source.IssueSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * What the reading of one file delivers to its sink, handed from the worker thread that reads the
 * file to the thread that imports, which passes it on to the real sink in the order it was
 * delivered, then learns how the reading ended.
 *
 * <p>Deliveries travel in batches of {@link #BATCH}, so that threads meet once per batch rather
 * than once per issue. At most {@link #WAITING_BATCHES} batches wait; the worker blocks once they
 * do, so a file read ahead holds no more than about {@code BATCH * (WAITING_BATCHES + 1)} records
 * here, however large it is.
 *
 * <p>The importing thread may abandon a file (it failed or was cancelled, or the file must be read
 * again in turn): the worker then stops at its next batch, whether it is waiting to hand it over or
 * not, by an {@link Abandoned} thrown from the sink methods.
 */
final class IssueHandOff implements IssueSink {

  static final int BATCH = 64;
  static final int WAITING_BATCHES = 4;

  /** Thrown in the worker once the importing thread no longer takes what it reads. */
  static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super("the importing thread no longer takes this file", null, false, false);
    }
  }

  /** A status the reading named, to pass on as {@link IssueSink#status}. */
  private record Status(String name, StatusCategory category) {}

  /** The last delivery: the reading ended, normally if {@code failure} is null. */
  private record End(Throwable failure) {}

  private final BlockingQueue<List<Object>> waiting = new ArrayBlockingQueue<>(WAITING_BATCHES);
  private List<Object> batch = new ArrayList<>(BATCH);
  private volatile boolean abandoned;

  @Override
  public void project(ProjectRecord project) {
    deliver(project);
  }

  @Override
  public void issue(IssueRecord issue) {
    deliver(issue);
  }

  @Override
  public void status(String name, StatusCategory category) {
    deliver(new Status(name, category));
  }

  /** The reading ended normally: the worker's last call. */
  void end() {
    batch.add(new End(null));
    handOver();
  }

  /** The reading ended with an exception, for the importing thread to throw in turn. */
  void fail(Throwable failure) {
    batch.add(new End(failure));
    handOver();
  }

  /**
   * On the importing thread: passes every delivery on to the sink, in order, until the reading
   * ended, and throws what ended it if it failed.
   */
  void passOnTo(IssueSink sink) throws InterruptedException {
    while (true) {
      for (Object delivery : waiting.take()) {
        if (delivery instanceof IssueRecord issue) {
          sink.issue(issue);
        } else if (delivery instanceof ProjectRecord project) {
          sink.project(project);
        } else if (delivery instanceof Status status) {
          sink.status(status.name(), status.category());
        } else if (delivery instanceof End end) {
          if (end.failure() != null) {
            throw rethrown(end.failure());
          }
          return;
        }
      }
    }
  }

  /**
   * On the importing thread: takes nothing more. Clearing the queue frees a worker blocked on a
   * full one even if it missed the interrupt that comes with this; it stops at its next batch.
   */
  void abandon() {
    abandoned = true;
    waiting.clear();
  }

  private void deliver(Object delivery) {
    batch.add(delivery);
    if (batch.size() >= BATCH) {
      handOver();
    }
  }

  private void handOver() {
    if (abandoned) {
      throw new Abandoned();
    }
    try {
      waiting.put(batch);
    } catch (InterruptedException e) {
      // Only abandoning interrupts a worker; remember it, since the interrupt is now cleared.
      abandoned = true;
      throw new Abandoned();
    }
    batch = new ArrayList<>(BATCH);
  }

  /** The reading's own exception, as reading the file in turn would have thrown it. */
  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    // A file's reading declares no checked exception; should one come all the same, keep it.
    return new IllegalStateException(failure);
  }
}
