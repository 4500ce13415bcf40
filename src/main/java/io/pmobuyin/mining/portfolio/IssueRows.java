package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.pattern.MinedIssue;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the miner keeps of each issue of a project until the project closes, in parallel primitive
 * arrays (about 40 bytes and a key per issue): never the issue itself nor its history.
 */
final class IssueRows {

  private String[] keys = new String[16];
  private String[] types = new String[16];
  private long[] created = new long[16];
  private float[] cycleDays = new float[16];
  private long[] effortSeconds = new long[16];
  private int[] slipDays = new int[16];
  private int[] patterns = new int[16];
  private int size;

  int add(
      String key, String type, Instant createdAt, double cycle, long effort, int slip, int bits) {
    if (size == keys.length) {
      grow();
    }
    keys[size] = key;
    types[size] = type;
    created[size] = createdAt.toEpochMilli();
    cycleDays[size] = (float) cycle;
    effortSeconds[size] = effort;
    slipDays[size] = slip;
    patterns[size] = bits;
    return size++;
  }

  int size() {
    return size;
  }

  String key(int row) {
    return keys[row];
  }

  String type(int row) {
    return types[row];
  }

  long createdMillis(int row) {
    return created[row];
  }

  double cycleDays(int row) {
    return cycleDays[row];
  }

  /** Time spent, else original estimate, in seconds; negative when the issue had neither. */
  long effortSeconds(int row) {
    return effortSeconds[row];
  }

  int slipDays(int row) {
    return slipDays[row];
  }

  int patterns(int row) {
    return patterns[row];
  }

  void markPattern(int row, int bit) {
    patterns[row] |= bit;
  }

  MinedIssue view(int row) {
    return new MinedIssue() {
      @Override
      public Instant created() {
        return Instant.ofEpochMilli(created[row]);
      }

      @Override
      public String type() {
        return types[row];
      }

      @Override
      public double cycleDays() {
        return cycleDays[row];
      }
    };
  }

  private void grow() {
    int capacity = keys.length * 2;
    keys = Arrays.copyOf(keys, capacity);
    types = Arrays.copyOf(types, capacity);
    created = Arrays.copyOf(created, capacity);
    cycleDays = Arrays.copyOf(cycleDays, capacity);
    effortSeconds = Arrays.copyOf(effortSeconds, capacity);
    slipDays = Arrays.copyOf(slipDays, capacity);
    patterns = Arrays.copyOf(patterns, capacity);
  }
}
