package io.pmobuyin.mining.portfolio;

import java.util.Arrays;

/** A growable sample of numbers, for medians and percentiles. */
final class DoubleSample {

  private double[] values = new double[8];
  private int size;

  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  void addAll(DoubleSample other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  int size() {
    return size;
  }

  double[] sorted() {
    double[] copy = Arrays.copyOf(values, size);
    Arrays.sort(copy);
    return copy;
  }
}
