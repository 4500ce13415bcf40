package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

  private static long at(String isoLocal) {
    return LocalDateTime.parse(isoLocal).toEpochSecond(ZoneOffset.UTC);
  }

  private static LocalDateTime time(long epochSecond) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
  }

  @Test
  void aMomentDuringWorkingHoursStaysWhereItIs() {
    long wednesdayMorning = at("2022-03-02T10:15:00");

    assertThat(WorkingTime.nextWorkingMoment(wednesdayMorning)).isEqualTo(wednesdayMorning);
  }

  @Test
  void aWeekendMomentMovesToMondayMorning() {
    assertThat(time(WorkingTime.nextWorkingMoment(at("2022-03-05T14:00:00"))))
        .isEqualTo(LocalDateTime.parse("2022-03-07T08:00:00"));
  }

  @Test
  void addingWorkingDaysSkipsNightsAndWeekends() {
    long fridayAfternoon = at("2022-03-04T16:00:00");

    assertThat(time(WorkingTime.plusDays(fridayAfternoon, 0.5)))
        .isEqualTo(LocalDateTime.parse("2022-03-07T11:00:00"));
    assertThat(time(WorkingTime.plusDays(fridayAfternoon, 5)))
        .isEqualTo(LocalDateTime.parse("2022-03-11T16:00:00"));
  }

  @Test
  void keepsTheOrderOfInstantsAndLandsInWorkingHours() {
    SplittableRandom random = new SplittableRandom(3);
    long previousIn = at("2021-01-01T00:00:00");
    long previousOut = WorkingTime.nextWorkingMoment(previousIn);
    for (int i = 0; i < 10_000; i++) {
      long in = previousIn + random.nextLong(0, 3 * 86_400L);
      long out = WorkingTime.plusDays(in, random.nextDouble(0, 2));
      LocalDateTime local = time(out);

      assertThat(WorkingTime.nextWorkingMoment(in)).isGreaterThanOrEqualTo(previousOut);
      assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(local.getHour()).isBetween(8, 18);
      previousIn = in;
      previousOut = WorkingTime.nextWorkingMoment(in);
    }
  }

  @Test
  void theFractionOfAPeriodIsMeasuredInWorkingTime() {
    long monday = at("2022-03-07T08:00:00");
    long nextMonday = at("2022-03-14T08:00:00");

    assertThat(time(WorkingTime.between(monday, nextMonday, 0.5)))
        .isEqualTo(LocalDateTime.parse("2022-03-09T13:00:00"));
  }
}
