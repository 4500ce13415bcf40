package io.pmobuyin.run.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A subscription as the admin page sends it, every field a string as typed or chosen. {@link
 * #check} turns it into a subscription or says, per field, what is wrong, by i18n key. Whether a
 * named group exists is Jira's to say; the REST resource asks it.
 */
public record SubscriptionForm(
    String audience, String group, String cadence, String weekday, String day, String hour) {

  static final String AUDIENCE = "pmobuyin.digest.error.audience";
  static final String GROUP = "pmobuyin.digest.error.group";
  static final String CADENCE = "pmobuyin.digest.error.cadence";
  static final String WEEKDAY = "pmobuyin.digest.error.weekday";
  static final String DAY = "pmobuyin.digest.error.day";
  static final String HOUR = "pmobuyin.digest.error.hour";

  /** The subscription of this id, or the problems by field name. */
  public Checked check(String id, Instant created) {
    Map<String, String> problems = new LinkedHashMap<>();
    Audience chosenAudience = audience(problems);
    Cadence chosenCadence = cadence(problems);
    if (!problems.isEmpty()) {
      return new Checked(null, Map.copyOf(problems));
    }
    return new Checked(new Subscription(id, chosenAudience, chosenCadence, created), Map.of());
  }

  private Audience audience(Map<String, String> problems) {
    String kind = token(audience);
    if ("sponsors".equals(kind)) {
      return Audience.sponsors();
    }
    if (!"group".equals(kind)) {
      problems.put("audience", AUDIENCE);
      return null;
    }
    if (group == null || group.isBlank() || group.strip().length() > 255) {
      problems.put("group", GROUP);
      return null;
    }
    return Audience.group(group);
  }

  private Cadence cadence(Map<String, String> problems) {
    String kind = token(cadence);
    if ("after-run".equals(kind)) {
      return Cadence.afterEachRun();
    }
    if (!"weekly".equals(kind) && !"monthly".equals(kind)) {
      problems.put("cadence", CADENCE);
      return null;
    }
    Integer at = number(hour, 0, 23);
    if (at == null) {
      problems.put("hour", HOUR);
    }
    if ("weekly".equals(kind)) {
      DayOfWeek on = chosenWeekday();
      if (on == null) {
        problems.put("weekday", WEEKDAY);
      }
      return on == null || at == null ? null : Cadence.weekly(on, at);
    }
    Integer dayOfMonth = number(day, 1, 31);
    if (dayOfMonth == null) {
      problems.put("day", DAY);
    }
    return dayOfMonth == null || at == null ? null : Cadence.monthly(dayOfMonth, at);
  }

  private DayOfWeek chosenWeekday() {
    try {
      return weekday == null ? null : DayOfWeek.valueOf(weekday.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notADay) {
      return null;
    }
  }

  private static Integer number(String text, int min, int max) {
    if (text == null || !text.strip().matches("\\d{1,2}")) {
      return null;
    }
    int value = Integer.parseInt(text.strip());
    return value < min || value > max ? null : value;
  }

  private static String token(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  /** A subscription, or why there is none: i18n keys by field name. */
  public record Checked(Subscription subscription, Map<String, String> problems) {

    public boolean accepted() {
      return subscription != null;
    }
  }
}
