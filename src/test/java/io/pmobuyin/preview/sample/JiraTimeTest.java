package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JiraTimeTest {

  @Test
  void writesTimestampsAsJiraRestDoesInUtc() {
    long instant = LocalDateTime.parse("2022-03-01T09:05:07").toEpochSecond(ZoneOffset.UTC);

    assertThat(JiraTime.timestamp(instant)).isEqualTo("2022-03-01T09:05:07.000+0000");
  }

  @Test
  void agreesWithTheJdkFormatterOnAnyInstant() {
    DateTimeFormatter jdk =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 1_000; i++) {
      long instant = random.nextLong(1_577_836_800L, 1_893_456_000L);

      assertThat(JiraTime.timestamp(instant))
          .isEqualTo(jdk.format(java.time.Instant.ofEpochSecond(instant)));
    }
  }

  @Test
  void writesDueDateChangesWithJirasMidnightSuffix() {
    assertThat(JiraTime.dueDateChangeText(LocalDate.of(2022, 3, 18)))
        .isEqualTo("2022-03-18 00:00:00.0");
  }
}
