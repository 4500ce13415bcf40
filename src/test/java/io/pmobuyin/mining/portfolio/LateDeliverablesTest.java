package io.pmobuyin.mining.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateDeliverablesTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 31);

  private final LateDeliverables late = new LateDeliverables();

  @Test
  void countsADeliverableOnceWithItsLatestWork() {
    late.add(false, DAY, 3);
    late.add(false, DAY, 10);
    late.add(false, DAY, 4);

    assertThat(late.count()).isEqualTo(1);
    assertThat(late.delayDays()).isEqualTo(10);
  }

  @Test
  void tellsADueDayFromAReleaseOnTheSameDay() {
    late.add(false, DAY, 2);
    late.add(true, DAY, 5);
    late.add(true, DAY.plusDays(1), 1);

    assertThat(late.count()).isEqualTo(3);
    assertThat(late.delayDays()).isEqualTo(8);
  }

  @Test
  void leavesOutWorkThatWasNotLate() {
    late.add(false, DAY, 0);
    late.add(true, DAY, -3);

    assertThat(late.count()).isZero();
    assertThat(late.delayDays()).isZero();
  }

  @Test
  void keepsManyDeliverablesAndTheFarthestDays() {
    for (int i = 0; i < 10_000; i++) {
      late.add(i % 2 == 0, DAY.plusDays(i / 2), 1 + i % 7);
      late.add(i % 2 == 0, DAY.plusDays(i / 2), 1);
    }
    late.add(false, LocalDate.MIN, Integer.MAX_VALUE);
    late.add(true, LocalDate.MAX, Integer.MAX_VALUE);
    late.add(false, LocalDate.EPOCH, 1);

    long expected = 2L * Integer.MAX_VALUE + 1;
    for (int i = 0; i < 10_000; i++) {
      expected += 1 + i % 7;
    }
    assertThat(late.count()).isEqualTo(10_003);
    assertThat(late.delayDays()).isEqualTo(expected);
  }
}
