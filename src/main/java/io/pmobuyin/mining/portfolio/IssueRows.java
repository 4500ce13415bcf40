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
 * What the miner keeps of each issue of a project until the run ends, never the issue itself nor
 * its history: a row of eight ints (32 bytes) per issue and, for an issue with fix-version plans or
 * moves, 3 to 6 ints more for the usual single plan. Measured with {@code MinerHeldBench} (the heap
 * in use after a full collection before {@code finish()}, less the heap before), the miner holds 53
 * bytes per issue in all on the sample generator's export (52.6 at 1,000,000 issues, 53.5 at
 * 200,000; three issues in five have a fix version), where it held 225 before issue 15. Rows are
 * held in {@link IntBlocks}, so a project's rows leave under 1 KB unused whatever their number.
 *
 * <p>Repeated text is held once: an issue type as its code in a {@link NameTable} (shared by the
 * portfolio), a fix version as its code in the project's. A key is kept as its number when it has
 * the project's prefix (as Jira keys do) and the number fits an int, else as text. Effort figures
 * are kept to the minute in 16 bits each, as are days late and a type's code; the rare larger ones,
 * up to an int's range as before, are held aside, as are plans whose times have a part of a
 * millisecond ({@link RowPlans}). Whatever is held aside comes back exactly as it was given: no
 * figure the report uses loses anything.
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

  // A row's ints.
  private static final int CREATED_HIGH = 0;
  private static final int CREATED_LOW = 1;
  private static final int KEY_NUMBER = 2;
  private static final int CYCLE_DAYS = 3; // the float's bits
  // Three ints in a row of 16-bit figures (see narrow()), in the order of the figures below.
  private static final int EFFORT_AND_SPENT = 4;
  private static final int OVERRUN_AND_REWORK = 5;
  private static final int SLIP_AND_TYPE = 6;
  private static final int PATTERNS_AND_FLAGS = 7; // 16 bits each
  private static final int WIDTH = 8;

  /** A row's own flag, beside the flags it is given: its issue has plans, in planData. */
  private static final int HAS_PLANS = 1 << 15;

  /** Rows in a group: planData's offset is kept for a group's first row, found for the others. */
  private static final int GROUP = 16;

  // The figures held in 16 bits of a row, in the order of their ints, high half first.
  private static final int EFFORT = 0;
  private static final int SPENT = 1;
  private static final int OVERRUN = 2;
  private static final int REWORK = 3;
  private static final int SLIP = 4;
  private static final int TYPE = 5;

  /** A figure's 16 bits when the figure is held aside. */
  private static final int WIDE = 0xFFFF;

  private final String projectKey;
  private final NameTable types;
  private final IntBlocks rows = new IntBlocks();

  private final RowPlans plans;

  /** Where in plans each group of rows starts: no row spends an int on where its plans are. */
  private final IntBlocks groupStarts = new IntBlocks();

  private final Map<Integer, String> oddKeys = new HashMap<>();
  private final Map<Long, Integer> wideFigures = new HashMap<>();
  private int size;

  /** Rows of their own, with tables of their own: for tests. */
  IssueRows(String projectKey) {
    this(projectKey, new NameTable(), new NameTable());
  }

  /**
   * @param types the portfolio's issue types
   * @param versions the project's fix-version names
   */
  IssueRows(String projectKey, NameTable types, NameTable versions) {
    this.projectKey = projectKey;
    this.types = types;
    this.plans = new RowPlans(versions);
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
    if ((bits >>> 16) != 0 || (flag & -HAS_PLANS) != 0) {
      throw new IllegalArgumentException("pattern bits are 16 bits and flags 15");
    }
    int row = size;
    long number = numberOf(key);
    if (number < 0 || number > Integer.MAX_VALUE) {
      oddKeys.put(row, key);
      number = -1;
    }
    long created = createdAt.toEpochMilli();
    rows.addLong(created); // CREATED_HIGH, CREATED_LOW
    rows.add((int) number);
    rows.add(Float.floatToRawIntBits((float) cycle));
    rows.add(narrow(row, EFFORT, minutes(effortSeconds)) << 16 | narrow(row, SPENT, -1));
    rows.add(narrow(row, OVERRUN, 0) << 16 | narrow(row, REWORK, -1));
    rows.add(narrow(row, SLIP, slip) << 16 | narrow(row, TYPE, types.code(type)));
    if (row % GROUP == 0) {
      groupStarts.add(plans.size());
    }
    boolean hasPlans = plans.add(row, created, issuePlans);
    rows.add(bits << 16 | flag | (hasPlans ? HAS_PLANS : 0));
    size++;
  }

  int size() {
    return size;
  }

  private int at(int row, int field) {
    return rows.get(row * WIDTH + field);
  }

  String key(int row) {
    int number = at(row, KEY_NUMBER);
    return number >= 0 ? projectKey + "-" + number : oddKeys.get(row);
  }

  String type(int row) {
    return types.name(figure(row, TYPE));
  }

  long createdMillis(int row) {
    return rows.getLong(row * WIDTH + CREATED_HIGH);
  }

  double cycleDays(int row) {
    return Float.intBitsToFloat(at(row, CYCLE_DAYS));
  }

  /** Time spent, else original estimate, in seconds (to the minute); negative when neither. */
  long effortSeconds(int row) {
    return seconds(figure(row, EFFORT));
  }

  /**
   * The last row's costs: time spent (negative: none logged), time over the estimate, and time
   * logged after a reopening (negative: the history cannot say), in seconds, kept to the minute.
   */
  void costs(long spentSeconds, long overrunSeconds, long reworkSeconds) {
    int row = size - 1;
    int effort = at(row, EFFORT_AND_SPENT) & 0xFFFF_0000;
    rows.set(row * WIDTH + EFFORT_AND_SPENT, effort | narrow(row, SPENT, minutes(spentSeconds)));
    rows.set(
        row * WIDTH + OVERRUN_AND_REWORK,
        narrow(row, OVERRUN, Math.max(0, minutes(overrunSeconds))) << 16
            | narrow(row, REWORK, minutes(reworkSeconds)));
  }

  long spentSeconds(int row) {
    return seconds(figure(row, SPENT));
  }

  long overrunSeconds(int row) {
    return seconds(figure(row, OVERRUN));
  }

  long reworkSeconds(int row) {
    return seconds(figure(row, REWORK));
  }

  private static int minutes(long seconds) {
    return seconds < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, (seconds + 30) / 60);
  }

  private static long seconds(int minutes) {
    return minutes < 0 ? -1 : minutes * 60L;
  }

  /**
   * A figure in 16 bits: -1 (no minutes) to 65,533 (minutes: over 1,000 hours; days late: 179
   * years; a type's code: that many distinct types) as itself plus one; any other int is held
   * aside, so that no figure is ever cut.
   */
  private int narrow(int row, int figure, int value) {
    if (value >= -1 && value < WIDE - 1) {
      return value + 1;
    }
    wideFigures.put(wideKey(row, figure), value);
    return WIDE;
  }

  private int figure(int row, int figure) {
    int pair = at(row, EFFORT_AND_SPENT + figure / 2);
    int bits = (figure % 2 == 0 ? pair >>> 16 : pair) & 0xFFFF;
    return bits == WIDE ? wideFigures.get(wideKey(row, figure)) : bits - 1;
  }

  private static long wideKey(int row, int figure) {
    return (long) row << 3 | figure;
  }

  int slipDays(int row) {
    return figure(row, SLIP);
  }

  int patterns(int row) {
    return at(row, PATTERNS_AND_FLAGS) >>> 16;
  }

  /** The flags the row was given (without its own). */
  private int flags(int row) {
    return at(row, PATTERNS_AND_FLAGS) & (HAS_PLANS - 1);
  }

  boolean has(int row, int flag) {
    return (at(row, PATTERNS_AND_FLAGS) & flag) != 0;
  }

  void markPattern(int row, int bit) {
    if ((bit >>> 16) != 0) {
      throw new IllegalArgumentException("pattern bits are 16 bits");
    }
    int index = row * WIDTH + PATTERNS_AND_FLAGS;
    rows.set(index, rows.get(index) | bit << 16);
  }

  /** The issue's fix-version plans and moves; null when it has none. */
  IssuePlans plans(int row) {
    if (!has(row, HAS_PLANS)) {
      return null;
    }
    int at = groupStarts.get(row / GROUP);
    for (int before = row - row % GROUP; before < row; before++) {
      if (has(before, HAS_PLANS)) {
        at += plans.length(at);
      }
    }
    return plans.read(row, at, createdMillis(row));
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
    int byCreated = Long.compare(createdMillis(a), createdMillis(b));
    if (byCreated != 0) {
      return byCreated;
    }
    int byPatterns = Integer.compare(patterns(a), patterns(b));
    return byPatterns != 0 ? byPatterns : Integer.compare(flags(a), flags(b));
  }

  private int compareKeys(int a, int b) {
    int numberA = at(a, KEY_NUMBER);
    int numberB = at(b, KEY_NUMBER);
    if (numberA >= 0 && numberB >= 0) {
      return Integer.compare(numberA, numberB);
    }
    return IssueKeyOrder.INSTANCE.compare(key(a), key(b));
  }

  /** The row as the patterns judged in context see it; its plans read back once. */
  MinedIssue view(int row) {
    Instant created = Instant.ofEpochMilli(createdMillis(row));
    String type = type(row);
    double cycleDays = cycleDays(row);
    IssuePlans issuePlans = plans(row);
    return new MinedIssue() {
      @Override
      public Instant created() {
        return created;
      }

      @Override
      public String type() {
        return type;
      }

      @Override
      public double cycleDays() {
        return cycleDays;
      }

      @Override
      public List<VersionPlan> versionPlans() {
        return issuePlans == null ? List.of() : issuePlans.plans();
      }

      @Override
      public List<VersionMove> versionMoves() {
        return issuePlans == null ? List.of() : issuePlans.moves();
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
}
