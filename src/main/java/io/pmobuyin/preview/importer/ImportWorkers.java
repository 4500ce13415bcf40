package io.pmobuyin.preview.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of one import, named {@code pmo-buyin-import-<import>-<n>}: daemon threads, so
 * that they never keep the process alive, stopped and waited for when the import ends, however it
 * ends, so that none outlives it.
 */
final class ImportWorkers implements AutoCloseable {

  static final String NAME_PREFIX = "pmo-buyin-import-";

  /**
   * How long closing waits for the workers to end. They end at their next batch or read, which an
   * interrupt ends at once; this only keeps a caller from waiting for ever on one that does not.
   */
  private static final long STOP_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

  private static final AtomicInteger IMPORTS = new AtomicInteger();

  private final String name = NAME_PREFIX + IMPORTS.incrementAndGet() + "-";
  private final List<Thread> threads = new ArrayList<>();
  private final ExecutorService executor;

  ImportWorkers(int count) {
    this.executor = Executors.newFixedThreadPool(count, this::newThread);
  }

  ExecutorService executor() {
    return executor;
  }

  /** Interrupts the workers and waits until they have ended; the caller's interrupt is kept. */
  @Override
  public void close() {
    executor.shutdownNow();
    boolean interrupted = Thread.interrupted();
    long deadline = System.nanoTime() + STOP_WAIT_NANOS;
    for (Thread thread : made()) {
      long left = deadline - System.nanoTime();
      while (thread.isAlive() && left > 0) {
        try {
          TimeUnit.NANOSECONDS.timedJoin(thread, left);
        } catch (InterruptedException e) {
          interrupted = true;
        }
        left = deadline - System.nanoTime();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Thread newThread(Runnable work) {
    Thread thread = new Thread(work, name + (threads.size() + 1));
    thread.setDaemon(true);
    threads.add(thread);
    return thread;
  }

  private synchronized List<Thread> made() {
    return List.copyOf(threads);
  }
}
