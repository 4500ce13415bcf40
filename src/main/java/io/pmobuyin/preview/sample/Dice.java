package io.pmobuyin.preview.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness in the few shapes the generator needs. Each project and each issue gets its own
 * instance, seeded from the portfolio seed and its position, so that any one issue is reproducible
 * without generating the ones before it and page size never changes the content.
 */
final class Dice {

  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A well-spread seed for the {@code salt}-th thing under {@code seed} (SplitMix64 finaliser). */
  static long mix(long seed, long salt) {
    long z = seed + 0x9E3779B97F4A7C15L * (salt + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static Dice seeded(long seed, long salt) {
    return new Dice(mix(seed, salt));
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  double between(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  int between(int low, int highInclusive) {
    return random.nextInt(low, highInclusive + 1);
  }

  /** Exponentially distributed with the given mean, capped so that one draw cannot dominate. */
  double exponential(double mean, double cap) {
    return Math.min(cap, -mean * Math.log(1.0 - random.nextDouble()));
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index chosen in proportion to the weights. */
  int weighted(double... weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  void shuffle(int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
