package io.pmobuyin.mining.portfolio;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The portfolio's long-cycle threshold per issue type: a percentile of its cycle times. */
final class CycleNorms {

  private final Map<String, DoubleSample> samples = new HashMap<>();

  void add(String type, double cycleDays) {
    if (cycleDays >= 0) {
      samples.computeIfAbsent(type, t -> new DoubleSample()).add(cycleDays);
    }
  }

  Map<String, Double> thresholds(double percentile) {
    Map<String, Double> thresholds = new TreeMap<>();
    samples.forEach(
        (type, sample) -> thresholds.put(type, Quantiles.ofSorted(sample.sorted(), percentile)));
    return thresholds;
  }
}
