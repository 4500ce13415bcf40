package io.pmobuyin.report;

import java.time.LocalDate;

/**
 * A calendar quarter, counted on as a value: labels ({@code 2024-Q3}) are for reading and sorting,
 * never parsed back, so no year can be misread from its text.
 *
 * @param year the calendar year
 * @param number 1 to 4
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

  public Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4, not " + number);
    }
  }

  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter {@code quarters} after this one (before it, if negative). */
  public Quarter plus(int quarters) {
    long index = year * 4L + (number - 1) + quarters;
    return new Quarter((int) Math.floorDiv(index, 4), (int) Math.floorMod(index, 4) + 1);
  }

  /** Whether the day is the first of this quarter. */
  public boolean startsOn(LocalDate day) {
    return day.getYear() == year
        && day.getMonthValue() == (number - 1) * 3 + 1
        && day.getDayOfMonth() == 1;
  }

  /** {@code 2024-Q3}; the year in four digits at least, so that labels sort as quarters do. */
  public String label() {
    return String.format(java.util.Locale.ROOT, "%04d-Q%d", year, number);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return label();
  }
}
