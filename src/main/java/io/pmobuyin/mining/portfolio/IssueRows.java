package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.history.VersionMove;
import io.pmobuyin.mining.history.VersionPlan;
import io.pmobuyin.mining.pattern.MinedIssue;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the miner keeps of each issue of a project until the project closes, in parallel primitive
 * arrays: about 45 bytes per issue, never the issue itself nor its history. A key is kept as its
 * number when it has the project's prefix (as Jira keys do), else as text.
 */
final class IssueRows {

  static final int RESOLVED = 1;
  static final int DUE = 1 << 1;
  static final int ESTIMATED = 1 << 2;
  static final int WITHIN_ESTIMATE = 1 << 3;
  static final int REOPENED = 1 << 4;
  static final int ABANDONED = 1 << 5;
  static final int CHANGELOG_CUT_SHORT = 1 << 6;
  static final int ENGAGED = 1 << 7;

  /** In a commitment: planned into a fix version before it was resolved, or in a sprint. */
  static final int PLANNED = 1 << 8;

  private final String projectKey;
  private long[] keyNumbers = new long[16];
  private final Map<Integer, String> oddKeys = new HashMap<>();
  private String[] types = new String[16];
  private long[] created = new long[16];
  private float[] cycleDays = new float[16];
  private int[] effortMinutes = new int[16];
  private int[] spentMinutes = new int[16];
  private int[] overrunMinutes = new int[16];
  private int[] reworkMinutes = new int[16];
  private int[] slipDays = new int[16];
  private int[] patterns = new int[16];
  private short[] flags = new short[16];

  /** Fix-version plans and moves, for the few issues that have any; null for the rest. */
  private IssuePlans[] plans = new IssuePlans[16];

  private int size;

  IssueRows(String projectKey) {
    this.projectKey = projectKey;
  }

  void add(
      String key,
      String type,
      Instant createdAt,
      double cycle,
      long effortSeconds,
      int slip,
      int bits,
      int flag,
      IssuePlans issuePlans) {
    if (size == keyNumbers.length) {
      grow();
    }
    long number = numberOf(key);
    keyNumbers[size] = number;
    if (number < 0) {
      oddKeys.put(size, key);
    }
    types[size] = type;
    created[size] = createdAt.toEpochMilli();
    cycleDays[size] = (float) cycle;
    effortMinutes[size] =
        effortSeconds < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, (effortSeconds + 30) / 60);
    slipDays[size] = slip;
    spentMinutes[size] = -1;
    reworkMinutes[size] = -1;
    patterns[size] = bits;
    flags[size] = (short) flag;
    plans[size] = issuePlans;
    size++;
  }

  int size() {
    return size;
  }

  String key(int row) {
    long number = keyNumbers[row];
    return number >= 0 ? projectKey + "-" + number : oddKeys.get(row);
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

  /** Time spent, else original estimate, in seconds (to the minute); negative when neither. */
  long effortSeconds(int row) {
    return effortMinutes[row] < 0 ? -1 : effortMinutes[row] * 60L;
  }

  /**
   * The last row's costs: time spent (negative: none logged), time over the estimate, and time
   * logged after a reopening (negative: the history cannot say), in seconds, kept to the minute.
   */
  void costs(long spentSeconds, long overrunSeconds, long reworkSeconds) {
    int row = size - 1;
    spentMinutes[row] = minutes(spentSeconds);
    overrunMinutes[row] = Math.max(0, minutes(overrunSeconds));
    reworkMinutes[row] = minutes(reworkSeconds);
  }

  long spentSeconds(int row) {
    return seconds(spentMinutes[row]);
  }

  long overrunSeconds(int row) {
    return seconds(overrunMinutes[row]);
  }

  long reworkSeconds(int row) {
    return seconds(reworkMinutes[row]);
  }

  private static int minutes(long seconds) {
    return seconds < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, (seconds + 30) / 60);
  }

  private static long seconds(int minutes) {
    return minutes < 0 ? -1 : minutes * 60L;
  }

  int slipDays(int row) {
    return slipDays[row];
  }

  int patterns(int row) {
    return patterns[row];
  }

  boolean has(int row, int flag) {
    return (flags[row] & flag) != 0;
  }

  /** The issue's fix-version plans and moves; null when it has none. */
  IssuePlans plans(int row) {
    return plans[row];
  }

  void markPattern(int row, int bit) {
    patterns[row] |= bit;
  }

  /**
   * Each distinct key once, in key order (ABC-9 before ABC-10). Of rows sharing a key the one
   * listed is chosen by content, never by arrival, so the result does not depend on input order.
   */
  int[] distinctInKeyOrder() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, this::compareRows);
    int[] distinct = new int[size];
    int count = 0;
    for (int i = 0; i < size; i++) {
      if (count == 0 || compareKeys(distinct[count - 1], order[i]) != 0) {
        distinct[count++] = order[i];
      }
    }
    return Arrays.copyOf(distinct, count);
  }

  private int compareRows(int a, int b) {
    int byKey = compareKeys(a, b);
    if (byKey != 0) {
      return byKey;
    }
    int byCreated = Long.compare(created[a], created[b]);
    if (byCreated != 0) {
      return byCreated;
    }
    int byPatterns = Integer.compare(patterns[a], patterns[b]);
    return byPatterns != 0 ? byPatterns : Integer.compare(flags[a], flags[b]);
  }

  private int compareKeys(int a, int b) {
    long numberA = keyNumbers[a];
    long numberB = keyNumbers[b];
    if (numberA >= 0 && numberB >= 0) {
      return Long.compare(numberA, numberB);
    }
    return IssueKeyOrder.INSTANCE.compare(key(a), key(b));
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

      @Override
      public List<VersionPlan> versionPlans() {
        return plans[row] == null ? List.of() : plans[row].plans();
      }

      @Override
      public List<VersionMove> versionMoves() {
        return plans[row] == null ? List.of() : plans[row].moves();
      }
    };
  }

  private long numberOf(String key) {
    if (key.length() <= projectKey.length() + 1
        || !key.startsWith(projectKey)
        || key.charAt(projectKey.length()) != '-') {
      return -1;
    }
    long number = 0;
    for (int i = projectKey.length() + 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9' || number > Long.MAX_VALUE / 10 - 10 || (number == 0 && c == '0')) {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  private void grow() {
    int capacity = keyNumbers.length * 2;
    keyNumbers = Arrays.copyOf(keyNumbers, capacity);
    types = Arrays.copyOf(types, capacity);
    created = Arrays.copyOf(created, capacity);
    cycleDays = Arrays.copyOf(cycleDays, capacity);
    effortMinutes = Arrays.copyOf(effortMinutes, capacity);
    slipDays = Arrays.copyOf(slipDays, capacity);
    spentMinutes = Arrays.copyOf(spentMinutes, capacity);
    overrunMinutes = Arrays.copyOf(overrunMinutes, capacity);
    reworkMinutes = Arrays.copyOf(reworkMinutes, capacity);
    patterns = Arrays.copyOf(patterns, capacity);
    flags = Arrays.copyOf(flags, capacity);
    plans = Arrays.copyOf(plans, capacity);
  }
}
