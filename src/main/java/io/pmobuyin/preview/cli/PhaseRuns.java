package io.pmobuyin.preview.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The timed runs of one phase: wall time, the peak of the heap pools (garbage included) and the
 * collections the phase's own allocation caused. A full collection comes before each run, outside
 * the time, so no run pays for the garbage of the one before.
 */
final class PhaseRuns {

  private static final List<MemoryPoolMXBean> HEAP =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();

  private final List<Double> seconds = new ArrayList<>();
  private long peakHeap;
  private long collections;
  private long collectionMillis;

  void run(Runnable phase) {
    BenchPhases.usedAfterCollection();
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    long[] gcBefore = collectorTotals();
    long start = System.nanoTime();
    phase.run();
    seconds.add((System.nanoTime() - start) / 1e9);
    long[] gcAfter = collectorTotals();
    collections += gcAfter[0] - gcBefore[0];
    collectionMillis += gcAfter[1] - gcBefore[1];
    peakHeap = Math.max(peakHeap, HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
  }

  double median() {
    double[] sorted = sorted();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  double min() {
    return sorted()[0];
  }

  long peakHeap() {
    return peakHeap;
  }

  /** Collections during the timed runs, all runs together: young ones the work itself causes. */
  long collections() {
    return collections;
  }

  long collectionMillis() {
    return collectionMillis;
  }

  private double[] sorted() {
    double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static long[] collectorTotals() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  static String collectorNames() {
    return String.join(
        ", ",
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList());
  }
}
