package io.pmobuyin.mining.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.mining.history.VersionMove;
import io.pmobuyin.mining.history.VersionPlan;
import io.pmobuyin.mining.pattern.MinedIssue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueRowsTest {

  private final IssueRows rows = new IssueRows("ABC");

  private void add(String key, long createdMillis) {
    rows.add(
        key,
        "Task",
        Instant.ofEpochMilli(createdMillis),
        1.5,
        3600,
        0,
        0,
        IssueRows.RESOLVED,
        null);
  }

  private String[] keysInOrder() {
    return Arrays.stream(rows.distinctInKeyOrder()).mapToObj(rows::key).toArray(String[]::new);
  }

  @Test
  void givesBackEveryKeyExactlyAsItCame() {
    add("ABC-10", 1);
    add("ABC-007", 2);
    add("OLD-3", 3);
    add("ABC-", 4);

    assertThat(keysInOrder()).containsExactlyInAnyOrder("ABC-10", "ABC-007", "OLD-3", "ABC-");
  }

  @Test
  void ordersKeysByNumberNotByText() {
    add("ABC-10", 1);
    add("ABC-9", 2);
    add("ABC-100", 3);

    assertThat(keysInOrder()).containsExactly("ABC-9", "ABC-10", "ABC-100");
  }

  @Test
  void listsAnIssueDeliveredTwiceOnceChoosingByContentNotArrival() {
    add("ABC-1", 50);
    add("ABC-1", 10);
    IssueRows reversed = new IssueRows("ABC");
    reversed.add(
        "ABC-1", "Task", Instant.ofEpochMilli(10), 1.5, 3600, 0, 0, IssueRows.RESOLVED, null);
    reversed.add(
        "ABC-1", "Task", Instant.ofEpochMilli(50), 1.5, 3600, 0, 0, IssueRows.RESOLVED, null);

    int[] distinct = rows.distinctInKeyOrder();
    int[] distinctReversed = reversed.distinctInKeyOrder();

    assertThat(distinct).hasSize(1);
    assertThat(rows.createdMillis(distinct[0]))
        .isEqualTo(reversed.createdMillis(distinctReversed[0]))
        .isEqualTo(10);
  }

  @Test
  void keepsEffortToTheMinuteAndUnknownEffortAsUnknown() {
    rows.add("ABC-1", "Task", Instant.EPOCH, -1, 5410, 0, 0, 0, null);
    rows.add("ABC-2", "Task", Instant.EPOCH, -1, -1, 0, 0, 0, null);

    assertThat(rows.effortSeconds(0)).isEqualTo(5400);
    assertThat(rows.effortSeconds(1)).isNegative();
  }

  @Test
  void keepsEveryIssueTypeOnceWithoutMixingUpMoreTypesThanAShortCouldCode() {
    NameTable types = new NameTable();
    IssueRows many = new IssueRows("ABC", types, new NameTable());
    int distinct = 70_000;
    for (int i = 0; i < distinct; i++) {
      many.add("ABC-" + (i + 1), new String("type " + i), Instant.EPOCH, -1, -1, 0, 0, 0, null);
    }
    many.add("ABC-0", new String("type 3"), Instant.EPOCH, -1, -1, 0, 0, 0, null);

    assertThat(types.size()).isEqualTo(distinct);
    for (int i = 0; i < distinct; i++) {
      assertThat(many.type(i)).isEqualTo("type " + i);
    }
    assertThat(many.type(distinct)).isSameAs(many.type(3));
    assertThat(many.view(65_536).type()).isEqualTo("type 65536");
  }

  @Test
  void keepsKeysWhoseNumberOutgrowsAnIntAsTextInTheSameOrder() {
    add("ABC-99999999999", 1);
    add("ABC-2147483648", 2);
    add("ABC-2147483647", 3);
    add("ABC-5", 4);
    add("ABC-99999999999999999999", 5);

    assertThat(keysInOrder())
        .containsExactly(
            "ABC-5",
            "ABC-2147483647",
            "ABC-2147483648",
            "ABC-99999999999",
            "ABC-99999999999999999999");
  }

  /**
   * The figure in seconds as the rows kept it before they narrowed it: to the minute, in an int.
   */
  private static long asBefore(long seconds) {
    int minutes = seconds < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, (seconds + 30) / 60);
    return minutes < 0 ? -1 : minutes * 60L;
  }

  @ParameterizedTest
  @ValueSource(
      longs = {
        -1,
        -60,
        Long.MIN_VALUE,
        0,
        29,
        30,
        89,
        65_532 * 60L,
        65_533 * 60L,
        65_533 * 60L + 29,
        65_533 * 60L + 30,
        65_534 * 60L,
        65_535 * 60L,
        65_536 * 60L,
        Integer.MAX_VALUE * 60L,
        Integer.MAX_VALUE * 60L + 30,
        Long.MAX_VALUE - 30,
        Long.MAX_VALUE
      })
  void keepsEachEffortFigureAsBeforeFromNoneToBeyond16Bits(long seconds) {
    rows.add("ABC-1", "Task", Instant.EPOCH, -1, seconds, 0, 0, 0, null);
    rows.costs(seconds, seconds, seconds);
    rows.add("ABC-2", "Task", Instant.EPOCH, -1, 7, 0, 0, 0, null);
    rows.costs(seconds - 1, 120, seconds);

    assertThat(rows.effortSeconds(0)).isEqualTo(asBefore(seconds));
    assertThat(rows.spentSeconds(0)).isEqualTo(asBefore(seconds));
    assertThat(rows.overrunSeconds(0)).isEqualTo(Math.max(0, asBefore(seconds)));
    assertThat(rows.reworkSeconds(0)).isEqualTo(asBefore(seconds));
    assertThat(rows.effortSeconds(1)).isZero();
    assertThat(rows.spentSeconds(1)).isEqualTo(asBefore(seconds - 1));
    assertThat(rows.overrunSeconds(1)).isEqualTo(120);
    assertThat(rows.reworkSeconds(1)).isEqualTo(asBefore(seconds));
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        Integer.MIN_VALUE,
        -2,
        -1,
        0,
        1,
        65_532,
        65_533,
        65_534,
        65_535,
        65_536,
        Integer.MAX_VALUE
      })
  void keepsDaysLateWholeFromNoneToBeyond16Bits(int days) {
    rows.add("ABC-1", "Task", Instant.EPOCH, -1, -1, days, 0, 0, null);
    rows.add("ABC-2", "Bug", Instant.EPOCH, -1, -1, 3, 0, 0, null);

    assertThat(rows.slipDays(0)).isEqualTo(days);
    assertThat(rows.type(0)).isEqualTo("Task");
    assertThat(rows.slipDays(1)).isEqualTo(3);
    assertThat(rows.type(1)).isEqualTo("Bug");
  }

  @Test
  void aRowWithoutCostsHasNoneSpentNoOverrunAndUnknownRework() {
    rows.add("ABC-1", "Task", Instant.EPOCH, -1, 90_000 * 60L, 0, 0, 0, null);

    assertThat(rows.effortSeconds(0)).isEqualTo(90_000 * 60L);
    assertThat(rows.spentSeconds(0)).isNegative();
    assertThat(rows.overrunSeconds(0)).isZero();
    assertThat(rows.reworkSeconds(0)).isNegative();
  }

  @Test
  void keepsTimesDaysCycleAndBitsWhole() {
    long[] created = {Long.MIN_VALUE, -1, 0, 1_700_000_000_123L, Long.MAX_VALUE};
    double[] cycles = {Double.NaN, -1, 0, 1.5, 12_345.678};
    int[] slips = {Integer.MIN_VALUE, -1, 0, 40_000, Integer.MAX_VALUE};
    for (int i = 0; i < created.length; i++) {
      rows.add(
          "ABC-" + (i + 1),
          "Task",
          Instant.ofEpochMilli(created[i]),
          cycles[i],
          -1,
          slips[i],
          i == 0 ? 0xFFFF : 1 << i,
          i == 0 ? 0x7FFF : IssueRows.PLANNED,
          null);
    }
    rows.markPattern(1, 1 << 15);

    for (int i = 0; i < created.length; i++) {
      assertThat(rows.createdMillis(i)).isEqualTo(created[i]);
      assertThat(rows.view(i).created()).isEqualTo(Instant.ofEpochMilli(created[i]));
      assertThat(Double.valueOf(rows.cycleDays(i))).isEqualTo(Double.valueOf((float) cycles[i]));
      assertThat(rows.slipDays(i)).isEqualTo(slips[i]);
    }
    assertThat(rows.patterns(0)).isEqualTo(0xFFFF);
    assertThat(rows.has(0, IssueRows.CHANGELOG_CUT_SHORT)).isTrue();
    assertThat(rows.patterns(1)).isEqualTo(1 << 15 | 1 << 1);
    assertThat(rows.has(1, IssueRows.PLANNED)).isTrue();
    assertThat(rows.has(1, IssueRows.RESOLVED)).isFalse();
  }

  @Test
  void refusesPatternBitsOrFlagsItCouldNotHold() {
    assertThatThrownBy(() -> rows.add("ABC-1", "Task", Instant.EPOCH, -1, -1, 0, 1 << 16, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rows.add("ABC-1", "Task", Instant.EPOCH, -1, -1, 0, 0, 1 << 16, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rows.add("ABC-1", "Task", Instant.EPOCH, -1, -1, 0, 0, 1 << 15, null))
        .isInstanceOf(IllegalArgumentException.class);
    add("ABC-1", 1);
    assertThatThrownBy(() -> rows.markPattern(0, 1 << 16))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final Instant CREATED = Instant.parse("2024-03-01T09:15:00.250Z");

  private void addPlans(String key, IssuePlans plans) {
    rows.add(key, "Task", CREATED, 2, -1, 0, 0, 0, plans);
  }

  @Test
  void givesBackPlansMovesAndWorkStartAsTheyCame() {
    IssuePlans atCreation =
        new IssuePlans(
            List.of(new VersionPlan("1.0", CREATED)),
            List.of(),
            Instant.parse("2024-03-02T10:00:00Z"));
    IssuePlans later =
        new IssuePlans(
            List.of(
                new VersionPlan("2.0", CREATED.plusMillis(1)),
                new VersionPlan("1.0", CREATED),
                new VersionPlan("", Instant.ofEpochMilli(-5))),
            List.of(new VersionMove("1.0", "2.0"), new VersionMove("2.0", "1.0")),
            null);
    IssuePlans movesOnly = new IssuePlans(List.of(), List.of(new VersionMove("3.0", "1.0")), null);

    addPlans("ABC-1", atCreation);
    addPlans("ABC-2", null);
    addPlans("ABC-3", later);
    addPlans("ABC-4", movesOnly);

    assertThat(rows.plans(0)).isEqualTo(atCreation);
    assertThat(rows.plans(1)).isNull();
    assertThat(rows.plans(2)).isEqualTo(later);
    assertThat(rows.plans(3)).isEqualTo(movesOnly);
    MinedIssue view = rows.view(2);
    assertThat(view.versionPlans()).isEqualTo(later.plans());
    assertThat(view.versionMoves()).isEqualTo(later.moves());
    assertThat(rows.view(1).versionPlans()).isEmpty();
    assertThat(rows.view(1).versionMoves()).isEmpty();
  }

  @Test
  void namesEachVersionWithTheOneCopyTheProjectHolds() {
    NameTable versions = new NameTable();
    String kept = versions.intern(new String("1.0"));
    IssueRows project = new IssueRows("ABC", new NameTable(), versions);
    project.add(
        "ABC-1",
        "Task",
        CREATED,
        2,
        -1,
        0,
        0,
        0,
        new IssuePlans(List.of(new VersionPlan(new String("1.0"), CREATED)), List.of(), null));

    assertThat(project.plans(0).plans().get(0).version()).isSameAs(kept);
  }

  @Test
  void holdsAsideWhatMillisecondsOrItsHeaderCouldNotGiveBackExactly() {
    IssuePlans subMillisecond =
        new IssuePlans(
            List.of(new VersionPlan("1.0", CREATED.plusNanos(1))), List.of(), CREATED.plusNanos(1));
    IssuePlans workStartSubMillisecond =
        new IssuePlans(List.of(new VersionPlan("1.0", CREATED)), List.of(), CREATED.plusNanos(7));
    IssuePlans beyondMillis =
        new IssuePlans(List.of(new VersionPlan("1.0", Instant.MAX)), List.of(), Instant.MIN);
    List<VersionMove> manyMoves = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      manyMoves.add(new VersionMove("v" + i, "v" + (i + 1)));
    }
    IssuePlans manyMoved = new IssuePlans(List.of(), manyMoves, null);
    List<VersionPlan> manyPlanned = new ArrayList<>();
    for (int i = 0; i < (1 << 15) - 1; i++) {
      manyPlanned.add(new VersionPlan("v" + i, CREATED.plusSeconds(i)));
    }
    IssuePlans mostCompact =
        new IssuePlans(manyPlanned, manyMoves.subList(0, (1 << 14) - 1), CREATED);
    IssuePlans oneMoveTooMany = new IssuePlans(List.of(), manyMoves.subList(0, 1 << 14), null);

    addPlans("ABC-1", subMillisecond);
    addPlans("ABC-2", workStartSubMillisecond);
    addPlans("ABC-3", beyondMillis);
    addPlans("ABC-4", manyMoved);
    addPlans("ABC-5", mostCompact);
    addPlans("ABC-6", oneMoveTooMany);

    assertThat(rows.plans(0)).isEqualTo(subMillisecond);
    assertThat(rows.plans(1)).isEqualTo(workStartSubMillisecond);
    assertThat(rows.plans(2)).isEqualTo(beyondMillis);
    assertThat(rows.plans(3)).isEqualTo(manyMoved);
    assertThat(rows.plans(4)).isEqualTo(mostCompact);
    assertThat(rows.plans(5)).isEqualTo(oneMoveTooMany);
  }

  @Test
  void findsEachRowsPlansAmongManyRowsWithAndWithout() {
    List<IssuePlans> given = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      IssuePlans plans = null;
      if (i % 3 != 0) {
        List<VersionPlan> planned = new ArrayList<>();
        for (int p = 0; p < i % 4; p++) {
          Instant at = p % 2 == 0 ? CREATED : CREATED.plusSeconds(i * 60L + p);
          planned.add(new VersionPlan("v" + (i + p) % 9, i % 7 == 0 ? at.plusNanos(1) : at));
        }
        List<VersionMove> moves = new ArrayList<>();
        for (int m = 0; m < i % 5; m++) {
          moves.add(new VersionMove("v" + m, "v" + (m + i) % 9));
        }
        Instant workStart = i % 2 == 0 ? null : CREATED.plusMillis(i);
        plans = IssuePlans.of(planned, moves, workStart);
      }
      given.add(plans);
      addPlans("ABC-" + (i + 1), plans);
    }

    for (int i = 0; i < 200; i++) {
      assertThat(rows.plans(i)).as("row %d", i).isEqualTo(given.get(i));
    }
  }

  @Test
  void leavesWhetherARowHasPlansOutOfChoosingAmongDuplicates() {
    IssuePlans plans = new IssuePlans(List.of(new VersionPlan("1.0", CREATED)), List.of(), null);
    addPlans("ABC-1", plans);
    addPlans("ABC-1", null);
    IssueRows reversed = new IssueRows("ABC");
    reversed.add("ABC-1", "Task", CREATED, 2, -1, 0, 0, 0, null);
    reversed.add("ABC-1", "Task", CREATED, 2, -1, 0, 0, 0, plans);

    assertThat(rows.distinctInKeyOrder()).containsExactly(0);
    assertThat(reversed.distinctInKeyOrder()).containsExactly(0);
  }

  @ParameterizedTest
  @ValueSource(
      longs = {
        0,
        1,
        -1,
        Integer.MAX_VALUE,
        Integer.MIN_VALUE,
        Integer.MAX_VALUE + 1L,
        Integer.MIN_VALUE - 1L,
        400L * 365 * 86_400_000
      })
  void givesBackTimesAtAnyDistanceFromTheCreation(long millis) {
    Instant at = CREATED.plusMillis(millis);
    IssuePlans plans =
        new IssuePlans(
            List.of(new VersionPlan("1.0", at), new VersionPlan("2.0", CREATED)),
            List.of(new VersionMove("1.0", "2.0")),
            at);
    addPlans("ABC-1", plans);
    addPlans("ABC-2", new IssuePlans(List.of(new VersionPlan("1.0", at)), List.of(), CREATED));

    assertThat(rows.plans(0)).isEqualTo(plans);
    assertThat(rows.plans(1).workStart()).isEqualTo(CREATED);
    assertThat(rows.plans(1).plans().get(0).plannedAt()).isEqualTo(at);
  }

  @Test
  void givesBackTimesAsFarFromTheCreationAsMillisecondsGo() {
    Instant earliest = Instant.ofEpochMilli(Long.MIN_VALUE);
    Instant latest = Instant.ofEpochMilli(Long.MAX_VALUE);
    IssuePlans toTheEnd =
        new IssuePlans(List.of(new VersionPlan("1.0", latest)), List.of(), latest);
    IssuePlans toTheStart =
        new IssuePlans(List.of(new VersionPlan("1.0", earliest)), List.of(), earliest);
    rows.add("ABC-1", "Task", earliest, 2, -1, 0, 0, 0, toTheEnd);
    rows.add("ABC-2", "Task", latest, 2, -1, 0, 0, 0, toTheStart);
    rows.add("ABC-3", "Task", latest, 2, -1, 0, 0, 0, toTheEnd);

    assertThat(rows.plans(0)).isEqualTo(toTheEnd);
    assertThat(rows.plans(1)).isEqualTo(toTheStart);
    assertThat(rows.plans(2)).isEqualTo(toTheEnd);
  }

  @Test
  void keepsATimeByTheCreationOnlyWhereTheMillisecondsSinceFitAnInt() {
    long created = 1_700_000_000_000L;

    assertThat(RowPlans.form(created, created)).isZero();
    assertThat(RowPlans.form(created + Integer.MAX_VALUE, created)).isEqualTo(1);
    assertThat(RowPlans.form(created + Integer.MIN_VALUE, created)).isEqualTo(1);
    assertThat(RowPlans.form(created + Integer.MAX_VALUE + 1L, created)).isEqualTo(2);
    assertThat(RowPlans.form(created + Integer.MIN_VALUE - 1L, created)).isEqualTo(2);
    assertThat(RowPlans.form(Long.MAX_VALUE, Long.MIN_VALUE)).isEqualTo(2);
    assertThat(RowPlans.form(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(2);
    assertThat(RowPlans.form(Long.MIN_VALUE, 1)).isEqualTo(2);
  }
}
