package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JiraTimestampsTest {

  private final JiraTimestamps utc = new JiraTimestamps(ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({
    "2024-03-01T10:15:30.000+0000, 2024-03-01T10:15:30Z",
    "2024-03-01T10:15:30.000Z, 2024-03-01T10:15:30Z",
    "2024-03-01T10:15:30Z, 2024-03-01T10:15:30Z",
    "2024-03-01T11:15:30+01:00, 2024-03-01T10:15:30Z",
    "2024-03-01T11:15:30.000+0100, 2024-03-01T10:15:30Z",
    "2024-03-01T02:15:30.000-0800, 2024-03-01T10:15:30Z",
    "2024-03-01T15:45:30+05:30, 2024-03-01T10:15:30Z",
    "2024-03-01T12:15:30+02, 2024-03-01T10:15:30Z",
    "2024-03-01T10:15+0000, 2024-03-01T10:15:00Z",
    "2024-03-01 10:15:30.000+0000, 2024-03-01T10:15:30Z",
    "2024-02-29T23:59:59.999+0000, 2024-02-29T23:59:59.999Z",
    "2024-03-01T10:15:30.123456789Z, 2024-03-01T10:15:30.123456789Z",
    "2024-03-01T10:15:30.5Z, 2024-03-01T10:15:30.500Z",
  })
  void readsTheTimestampFormsExportsUse(String text, String expected) {
    assertThat(utc.instant(text)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void startsADateOnlyValueAtMidnightInTheConfiguredZone() {
    JiraTimestamps berlin = new JiraTimestamps(ZoneId.of("Europe/Berlin"));

    assertThat(berlin.instant("2024-03-01")).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
    assertThat(utc.instant("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
  }

  @Test
  void readsATimestampWithoutOffsetAsLocalTimeInTheConfiguredZone() {
    JiraTimestamps newYork = new JiraTimestamps(ZoneId.of("America/New_York"));

    assertThat(newYork.instant("2024-07-01T09:00:00.000"))
        .isEqualTo(Instant.parse("2024-07-01T13:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2024-13-01",
        "2024-02-30",
        "2024-3-1",
        "2024-03-01X",
        "2024-03-01T25:00:00Z",
        "2024-03-01T10:61:00Z",
        "2024-03-01T10:15:30+2500",
        "2024-03-01T10:15:30+00:0",
        "2024-03-01T10:15:30.Z",
        "2024-03-01T10:15:30 UTC",
        "1709287530000"
      })
  void refusesTextThatIsNotATimestamp(String text) {
    assertThat(utc.instant(text)).isNull();
  }

  @Test
  void readsDueDatesWrittenAsDatesOrAsMidnightTimestamps() {
    assertThat(utc.date("2024-03-15")).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(utc.date("2024-03-15T00:00:00.000+0100")).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(utc.date("15.03.2024")).isNull();
  }
}
