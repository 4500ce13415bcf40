package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.PlausibleDates;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Reads the timestamps and dates of Jira exports: {@code 2024-03-01T10:15:30.000+0000} (Jira's own
 * offset without a colon), {@code Z}, {@code +01:00}, with or without seconds and fractions, and
 * date-only values ({@code 2024-03-01}).
 *
 * <p>Hand-written rather than a {@code DateTimeFormatter}: an issue has a dozen or more timestamps,
 * and a formatter's general parsing costs more than the rest of reading the issue.
 */
final class JiraTimestamps {

  private static final int SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;

  JiraTimestamps(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The instant a text names, or null if it is not a timestamp or names a day outside {@link
   * PlausibleDates}. A date alone means the start of that day, and a timestamp without offset a
   * local time, both in the configured zone.
   */
  Instant instant(String text) {
    int n = text.length();
    LocalDate day = datePart(text);
    if (day == null || !PlausibleDates.contains(day)) {
      return null;
    }
    if (n == 10) {
      return day.atStartOfDay(zone).toInstant();
    }
    char separator = text.charAt(10);
    if ((separator != 'T' && separator != ' ') || n < 16 || text.charAt(13) != ':') {
      return null;
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = 0;
    int nanos = 0;
    int i = 16;
    if (i < n && text.charAt(i) == ':') {
      second = i + 3 <= n ? digits(text, i + 1, 2) : -1;
      i += 3;
    }
    if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
        nanos = nanos * 10 + (text.charAt(i) - '0');
        i++;
      }
      if (i == start) {
        return null;
      }
      for (int scale = i - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    if (i == n) {
      return LocalDateTime.of(day, LocalTime.of(hour, minute, second, nanos))
          .atZone(zone)
          .toInstant();
    }
    int offset = offsetSeconds(text, i);
    if (offset == Integer.MIN_VALUE) {
      return null;
    }
    long seconds =
        day.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offset;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * The calendar date a text names, or null if it does not start with one. A timestamp gives its
   * date as written: Jira writes due dates as dates, some tools as midnight timestamps.
   */
  LocalDate date(String text) {
    LocalDate day = datePart(text);
    return day == null || !PlausibleDates.contains(day) ? null : day;
  }

  /** Whether the text names a date, but one outside {@link PlausibleDates}: said as such. */
  static boolean outsidePlausibleYears(String text) {
    LocalDate day = datePart(text);
    return day != null && !PlausibleDates.contains(day);
  }

  private static LocalDate datePart(String text) {
    if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    if (text.length() > 10 && !isTimeSeparator(text.charAt(10))) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isTimeSeparator(char c) {
    return c == 'T' || c == ' ';
  }

  /** Seconds east of UTC for Z, +HH, +HHMM or +HH:MM ending the text; MIN_VALUE if none. */
  private static int offsetSeconds(String text, int i) {
    int n = text.length();
    char sign = text.charAt(i);
    if (sign == 'Z' && i + 1 == n) {
      return 0;
    }
    if (sign != '+' && sign != '-') {
      return Integer.MIN_VALUE;
    }
    int hours = i + 3 <= n ? digits(text, i + 1, 2) : -1;
    int minutes;
    if (i + 3 == n) {
      minutes = 0;
    } else if (i + 5 == n) {
      minutes = digits(text, i + 3, 2);
    } else if (i + 6 == n && text.charAt(i + 3) == ':') {
      minutes = digits(text, i + 4, 2);
    } else {
      return Integer.MIN_VALUE;
    }
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
