package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.history.VersionMove;
import io.pmobuyin.mining.history.VersionPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fix-version plans and moves of a project's issue rows, for the few issues that have any, in
 * row order in one {@link IntBlocks}: per issue a header, when work began, then each plan as its
 * version's code and when it was planned, then each move as two codes; times by the issue's
 * creation. Plans that would not come back exactly in that form are held aside whole. {@link
 * IssueRows} says where an issue's plans start.
 */
final class RowPlans {

  /** The header of an issue whose plans are held aside. */
  private static final int ASIDE = -1;

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

  private final NameTable versions;
  private final IntBlocks data = new IntBlocks();
  private final Map<Integer, IssuePlans> aside = new HashMap<>();

  /**
   * @param versions the project's fix-version names
   */
  RowPlans(NameTable versions) {
    this.versions = versions;
  }

  /** Where the next issue's plans will start. */
  int size() {
    return data.size();
  }

  /**
   * Adds a row's plans, in compact form where they come back exactly: every time to the millisecond
   * (as Jira's are), counts and codes fitting their bits; else the plans themselves, held aside.
   * False when there are none.
   */
  boolean add(int row, long created, IssuePlans plans) {
    if (plans == null) {
      return false;
    }
    if (!compact(plans)) {
      aside.put(row, plans);
      data.add(ASIDE);
      return true;
    }
    Instant workStart = plans.workStart();
    long workMillis = workStart == null ? 0 : workStart.toEpochMilli();
    int workForm = workStart == null ? NONE : Math.max(DELTA, form(workMillis, created));
    data.add(plans.plans().size() << 16 | plans.moves().size() << 2 | workForm);
    addTime(workForm, workMillis, created);
    for (VersionPlan plan : plans.plans()) {
      long plannedAt = plan.plannedAt().toEpochMilli();
      int form = form(plannedAt, created);
      data.add(versions.code(plan.version()) << 2 | form);
      addTime(form, plannedAt, created);
    }
    for (VersionMove move : plans.moves()) {
      data.add(versions.code(move.from()));
      data.add(versions.code(move.to()));
    }
    return true;
  }

  /** The plans of a row that starts at {@code at}. */
  IssuePlans read(int row, int at, long created) {
    int header = data.get(at++);
    if (header == ASIDE) {
      return aside.get(row);
    }
    int workForm = header & FORM;
    Instant workStart = workForm == NONE ? null : time(workForm, at, created);
    at += workForm;
    int planCount = header >>> 16;
    int moveCount = (header >>> 2) & MOST_MOVES;
    List<VersionPlan> plans = new ArrayList<>(planCount);
    for (int i = 0; i < planCount; i++) {
      int tagged = data.get(at++);
      int form = tagged & FORM;
      plans.add(new VersionPlan(versions.name(tagged >>> 2), time(form, at, created)));
      at += form;
    }
    List<VersionMove> moves = new ArrayList<>(moveCount);
    for (int i = 0; i < moveCount; i++) {
      moves.add(new VersionMove(versions.name(data.get(at)), versions.name(data.get(at + 1))));
      at += 2;
    }
    return new IssuePlans(plans, moves, workStart);
  }

  /** How many ints the plans starting at {@code at} take. */
  int length(int at) {
    int header = data.get(at);
    if (header == ASIDE) {
      return 1;
    }
    int length = 1 + (header & FORM);
    for (int plan = header >>> 16; plan > 0; plan--) {
      length += 1 + (data.get(at + length) & FORM);
    }
    return length + 2 * ((header >>> 2) & MOST_MOVES);
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
      data.add((int) (millis - created));
    } else if (form == FULL) {
      data.addLong(millis);
    }
  }

  private Instant time(int form, int at, long created) {
    return Instant.ofEpochMilli(
        switch (form) {
          case DELTA -> created + data.get(at);
          case FULL -> data.getLong(at);
          default -> created;
        });
  }
}
