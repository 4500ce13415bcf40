package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.history.VersionMove;
import io.pmobuyin.mining.history.VersionPlan;
import io.pmobuyin.mining.pattern.MinedIssue;
import java.time.Instant;
import java.util.ArrayList;
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
 * millisecond. Whatever is held aside comes back exactly as it was given: no figure the report uses
 * loses anything.
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

  /** The header in planData of an issue whose plans are held aside. */
  private static final int ASIDE = -1;

  // The figures held in 16 bits of a row, in the order of their ints, high half first.
  private static final int EFFORT = 0;
  private static final int SPENT = 1;
  private static final int OVERRUN = 2;
  private static final int REWORK = 3;
  private static final int SLIP = 4;
  private static final int TYPE = 5;

  /** A figure's 16 bits when the figure is held aside. */
  private static final int WIDE = 0xFFFF;

  // Compact plans: a header int of plans (15 bits), moves (14 bits) and the form of when work
  // began (2 bits); per plan an int of its version's code (30 bits) and the form of when it was
  // planned (2 bits), then that time; per move, two codes.
  private static final int MOST_PLANS = (1 << 15) - 1;
  private static final int MOST_MOVES = (1 << 14) - 1;
  private static final int MOST_CODES = (1 << 30) - 1;
  private static final int FORM = 3;

  // A time's forms, each the number of ints it takes (see form()).
  private static final int NONE = 0;
  private static final int AT_CREATION = 0;
  private static final int DELTA = 1;
  private static final int FULL = 2;

  private final String projectKey;
  private final NameTable types;
  private final NameTable versions;
  private final IntBlocks rows = new IntBlocks();

  /**
   * Per issue with plans, in row order: a header, when work began, then each plan as its version's
   * code and when it was planned, then each move as two codes; times by the issue's creation.
   */
  private final IntBlocks planData = new IntBlocks();

  /** Where in planData each group of rows starts: no row spends an int on where its plans are. */
  private final IntBlocks groupStarts = new IntBlocks();

  private final Map<Integer, String> oddKeys = new HashMap<>();
  private final Map<Long, Integer> wideFigures = new HashMap<>();
  private final Map<Integer, IssuePlans> plansAside = new HashMap<>();
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
    this.versions = versions;
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
      groupStarts.add(planData.size());
    }
    boolean hasPlans = encode(row, created, issuePlans);
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

  /**
   * The plans in compact form where they come back exactly: every time to the millisecond (as
   * Jira's are), counts and codes fitting their bits; else the plans themselves, held aside. False
   * when there are none.
   */
  private boolean encode(int row, long created, IssuePlans plans) {
    if (plans == null) {
      return false;
    }
    if (!compact(plans)) {
      plansAside.put(row, plans);
      planData.add(ASIDE);
      return true;
    }
    Instant workStart = plans.workStart();
    long workMillis = workStart == null ? 0 : workStart.toEpochMilli();
    int workForm = workStart == null ? NONE : Math.max(DELTA, form(workMillis, created));
    planData.add(plans.plans().size() << 16 | plans.moves().size() << 2 | workForm);
    addTime(workForm, workMillis, created);
    for (VersionPlan plan : plans.plans()) {
      long plannedAt = plan.plannedAt().toEpochMilli();
      int form = form(plannedAt, created);
      planData.add(versions.code(plan.version()) << 2 | form);
      addTime(form, plannedAt, created);
    }
    for (VersionMove move : plans.moves()) {
      planData.add(versions.code(move.from()));
      planData.add(versions.code(move.to()));
    }
    return true;
  }

  private boolean compact(IssuePlans plans) {
    int plansCount = plans.plans().size();
    int movesCount = plans.moves().size();
    if (plansCount > MOST_PLANS
        || movesCount > MOST_MOVES
        || versions.size() + plansCount + 2 * movesCount > MOST_CODES
        || !inMillis(plans.workStart())) {
      return false;
    }
    for (VersionPlan plan : plans.plans()) {
      if (!inMillis(plan.plannedAt())) {
        return false;
      }
    }
    return true;
  }

  /** Null, or a time a millisecond count gives back exactly. */
  static boolean inMillis(Instant time) {
    if (time == null) {
      return true;
    }
    try {
      return Instant.ofEpochMilli(time.toEpochMilli()).equals(time);
    } catch (ArithmeticException beyondLong) {
      return false;
    }
  }

  /**
   * How a time is kept, by the issue's creation: as that (no int), as the milliseconds since it
   * when they fit an int (within 24 days either way: one int), else whole (two ints). A form is the
   * number of ints it takes.
   */
  static int form(long millis, long created) {
    long since = millis - created;
    boolean overflows = ((millis ^ created) & (millis ^ since)) < 0;
    if (overflows || since != (int) since) {
      return FULL;
    }
    return since == 0 ? AT_CREATION : DELTA;
  }

  private void addTime(int form, long millis, long created) {
    if (form == DELTA) {
      planData.add((int) (millis - created));
    } else if (form == FULL) {
      planData.addLong(millis);
    }
  }

  private Instant time(int form, int at, long created) {
    return Instant.ofEpochMilli(
        switch (form) {
          case DELTA -> created + planData.get(at);
          case FULL -> planData.getLong(at);
          default -> created;
        });
  }

  /** The issue's fix-version plans and moves; null when it has none. */
  IssuePlans plans(int row) {
    if (!has(row, HAS_PLANS)) {
      return null;
    }
    int at = groupStarts.get(row / GROUP);
    for (int before = row - row % GROUP; before < row; before++) {
      if (has(before, HAS_PLANS)) {
        at += planLength(at);
      }
    }
    int header = planData.get(at++);
    if (header == ASIDE) {
      return plansAside.get(row);
    }
    long created = createdMillis(row);
    int workForm = header & FORM;
    Instant workStart = workForm == NONE ? null : time(workForm, at, created);
    at += workForm;
    int planCount = header >>> 16;
    int moveCount = (header >>> 2) & MOST_MOVES;
    List<VersionPlan> plans = new ArrayList<>(planCount);
    for (int i = 0; i < planCount; i++) {
      int tagged = planData.get(at++);
      int form = tagged & FORM;
      plans.add(new VersionPlan(versions.name(tagged >>> 2), time(form, at, created)));
      at += form;
    }
    List<VersionMove> moves = new ArrayList<>(moveCount);
    for (int i = 0; i < moveCount; i++) {
      moves.add(
          new VersionMove(versions.name(planData.get(at)), versions.name(planData.get(at + 1))));
      at += 2;
    }
    return new IssuePlans(plans, moves, workStart);
  }

  /** How many ints of planData the plans starting at {@code at} take. */
  private int planLength(int at) {
    int header = planData.get(at);
    if (header == ASIDE) {
      return 1;
    }
    int length = 1 + (header & FORM);
    for (int plan = header >>> 16; plan > 0; plan--) {
      length += 1 + (planData.get(at + length) & FORM);
    }
    return length + 2 * ((header >>> 2) & MOST_MOVES);
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
    IssuePlans plans = plans(row);
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
        return plans == null ? List.of() : plans.plans();
      }

      @Override
      public List<VersionMove> versionMoves() {
        return plans == null ? List.of() : plans.moves();
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
