package io.pmobuyin.mining.portfolio;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A project's late deliverables, each once with the most days any of its work came late: a due day
 * (work with a due date) or a release day (work without one, due with its fix version). Each is
 * kept as a number, its kind and day, in an open-addressing table: 12 bytes a slot, no text and no
 * object per deliverable (many issues have a due day of their own).
 */
final class LateDeliverables {

  private static final long FREE = Long.MIN_VALUE;

  private long[] keys = freeKeys(16);
  private int[] days = new int[16];
  private int size;

  /**
   * Work due on {@code day} (its own due date; else, with {@code release}, its fix version's
   * release) came {@code late} days late; the latest work of a deliverable counts.
   */
  void add(boolean release, LocalDate day, int late) {
    if (late <= 0) {
      return;
    }
    // An epoch day is under 2^39 either way, so this is unique and never FREE.
    long key = day.toEpochDay() * 2 + (release ? 1 : 0);
    int slot = slot(keys, key);
    if (keys[slot] == key) {
      days[slot] = Math.max(days[slot], late);
      return;
    }
    keys[slot] = key;
    days[slot] = late;
    if (++size > keys.length / 4 * 3) {
      grow();
    }
  }

  /** How many deliverables came late. */
  int count() {
    return size;
  }

  /** Their days late, each deliverable counted once. */
  long delayDays() {
    long sum = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != FREE) {
        sum += days[i];
      }
    }
    return sum;
  }

  private static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    int slot = (int) (mix(key) & mask);
    while (keys[slot] != FREE && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long key) {
    long h = key * 0x9E37_79B9_7F4A_7C15L;
    return h ^ (h >>> 32);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldDays = days;
    keys = freeKeys(oldKeys.length * 2);
    days = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        days[slot] = oldDays[i];
      }
    }
  }

  private static long[] freeKeys(int length) {
    long[] keys = new long[length];
    Arrays.fill(keys, FREE);
    return keys;
  }
}
