package io.pmobuyin.preview.sample;

/**
 * Instants (epoch seconds, UTC) mapped onto working time, Monday to Friday 08:00-18:00, so that
 * generated activity happens when people work. The mapping is monotonic: adding working time never
 * moves an event before an earlier one, which keeps every history in order.
 */
final class WorkingTime {

  /** One working day, in seconds. */
  static final long DAY = 10 * 3600L;

  private static final long WEEK = 5 * DAY;
  private static final long OPENS = 8 * 3600L;
  private static final long SECONDS_PER_DAY = 86_400L;
  // 1970-01-01 was a Thursday: shifting epoch days by 3 makes Monday the start of a week.
  private static final long MONDAY_SHIFT = 3;

  private WorkingTime() {}

  /** The instant {@code workingDays} of working time after {@code instant}. */
  static long plusDays(long instant, double workingDays) {
    return fromOffset(toOffset(instant) + Math.round(workingDays * DAY));
  }

  /** The instant at {@code fraction} of the working time between two instants. */
  static long between(long from, long to, double fraction) {
    long start = toOffset(from);
    return fromOffset(start + Math.round((toOffset(to) - start) * fraction));
  }

  /** The instant itself during working hours, else the next opening. */
  static long nextWorkingMoment(long instant) {
    return fromOffset(toOffset(instant));
  }

  /** Working seconds between a fixed origin and the instant (outside hours: the next opening). */
  static long toOffset(long instant) {
    long epochDay = Math.floorDiv(instant, SECONDS_PER_DAY);
    long shifted = epochDay + MONDAY_SHIFT;
    long week = Math.floorDiv(shifted, 7);
    long dayOfWeek = Math.floorMod(shifted, 7);
    if (dayOfWeek >= 5) {
      return (week + 1) * WEEK;
    }
    long inDay = instant - epochDay * SECONDS_PER_DAY - OPENS;
    return week * WEEK + dayOfWeek * DAY + Math.max(0, Math.min(DAY, inDay));
  }

  static long fromOffset(long offset) {
    long week = Math.floorDiv(offset, WEEK);
    long rest = offset - week * WEEK;
    long dayOfWeek = rest / DAY;
    long inDay = rest % DAY;
    long epochDay = week * 7 + dayOfWeek - MONDAY_SHIFT;
    return epochDay * SECONDS_PER_DAY + OPENS + inDay;
  }
}
