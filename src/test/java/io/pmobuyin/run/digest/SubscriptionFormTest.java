package io.pmobuyin.run.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionFormTest {

  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  private static SubscriptionForm.Checked check(
      String audience, String group, String cadence, String weekday, String day, String hour) {
    return new SubscriptionForm(audience, group, cadence, weekday, day, hour).check("s1", NOW);
  }

  @Test
  void acceptsAWeeklyReportToAGroup() {
    SubscriptionForm.Checked checked =
        check("group", " pmo-office ", "weekly", "monday", null, "8");

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.subscription())
        .isEqualTo(
            new Subscription(
                "s1", Audience.group("pmo-office"), Cadence.weekly(DayOfWeek.MONDAY, 8), NOW));
  }

  @Test
  void acceptsAMonthlyReportToTheSponsorsAndIgnoresTheGroupField() {
    SubscriptionForm.Checked checked = check("sponsors", "ignored", "monthly", null, "31", "23");

    assertThat(checked.subscription().audience()).isEqualTo(Audience.sponsors());
    assertThat(checked.subscription().cadence()).isEqualTo(Cadence.monthly(31, 23));
  }

  @Test
  void afterEachRunNeedsNoDayOrHour() {
    assertThat(check("sponsors", null, "after-run", null, null, null).subscription().cadence())
        .isEqualTo(Cadence.afterEachRun());
  }

  @Test
  void saysPerFieldWhatIsWrong() {
    assertThat(check("everyone", null, "daily", null, null, null).problems())
        .isEqualTo(
            Map.of("audience", SubscriptionForm.AUDIENCE, "cadence", SubscriptionForm.CADENCE));
    assertThat(check("group", " ", "weekly", "someday", null, "24").problems())
        .isEqualTo(
            Map.of(
                "group", SubscriptionForm.GROUP,
                "weekday", SubscriptionForm.WEEKDAY,
                "hour", SubscriptionForm.HOUR));
    assertThat(check("sponsors", null, "monthly", null, "32", "-1").problems())
        .isEqualTo(Map.of("day", SubscriptionForm.DAY, "hour", SubscriptionForm.HOUR));
    assertThat(check("sponsors", null, "monthly", null, "0", "7<script>").problems())
        .containsOnlyKeys("day", "hour");
  }
}
