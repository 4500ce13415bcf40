package io.pmobuyin.preview.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Jira's REST date formats, in UTC. Formatting by hand rather than with a DateTimeFormatter because
 * a million-issue benchmark formats tens of millions of timestamps.
 */
final class JiraTime {

  private static final long SECONDS_PER_DAY = 86_400L;

  private JiraTime() {}

  /** {@code 2022-03-01T09:15:00.000+0000}. */
  static String timestamp(long epochSecond) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    StringBuilder text = new StringBuilder(28);
    text.append(time.getYear()).append('-');
    twoDigits(text, time.getMonthValue()).append('-');
    twoDigits(text, time.getDayOfMonth()).append('T');
    twoDigits(text, time.getHour()).append(':');
    twoDigits(text, time.getMinute()).append(':');
    twoDigits(text, time.getSecond()).append(".000+0000");
    return text.toString();
  }

  /** The date-only form of due dates and release dates: {@code 2022-03-18}. */
  static String date(LocalDate date) {
    return date.toString();
  }

  /** How a due date change reads in a history item's from/to string. */
  static String dueDateChangeText(LocalDate date) {
    return date + " 00:00:00.0";
  }

  static LocalDate dateOf(long epochSecond) {
    return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
  }

  static long at(LocalDate date, int hour) {
    return date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L;
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    if (value < 10) {
      text.append('0');
    }
    return text.append(value);
  }
}
