package io.pmobuyin.mining.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

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
}
