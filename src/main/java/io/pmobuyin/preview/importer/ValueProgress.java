package io.pmobuyin.preview.importer;

/**
 * How far the reading of a file has come, counted in values: each top-level value (a page, an
 * issue, a broken line of JSON Lines, anything else) and each entry of a top-level list is one.
 * Every reading of a file meets the same values in the same order, so when a file must be read
 * again (it turned out not to be UTF-8, or a names map came too late), the new reading passes over
 * the values an earlier reading delivered and delivers nothing twice.
 *
 * <p>A value's outcomes are passed on when it ends, so it was delivered whole or not at all; only a
 * page too long to hold (see {@link HeldOutcomes}) was delivered in part, and then its issues
 * delivered so far are passed over too.
 */
final class ValueProgress {

  private long begun;
  private long current = -1;
  private long deliveredBefore;
  private int issuesDelivered;

  /**
   * A value begins.
   *
   * @return false if an earlier reading delivered it: pass over it
   */
  boolean begin() {
    current = begun++;
    return current >= deliveredBefore;
  }

  void end() {
    current = -1;
  }

  boolean inValue() {
    return current >= 0;
  }

  /** The value being read; -1 between values. */
  long current() {
    return current;
  }

  /** Whether the value being read was delivered by an earlier reading. */
  boolean passingOver() {
    return current >= 0 && current < deliveredBefore;
  }

  /** How many issues of the value just begun an earlier reading delivered already. */
  int issuesToPassOver() {
    return current == deliveredBefore ? issuesDelivered : 0;
  }

  /** The number of values begun so far; the index of the next. */
  long begun() {
    return begun;
  }

  /**
   * Prepares to read again from the start of an earlier value: the values from there up to the one
   * being read (all of them, between values) were delivered and are passed over.
   *
   * @param from the index of the value the new reading starts at
   * @param issuesDeliveredNow the issues of the value being read delivered already
   */
  void readAgainFrom(long from, int issuesDeliveredNow) {
    deliveredBefore = current >= 0 ? current : begun;
    issuesDelivered = current >= 0 ? issuesDeliveredNow : 0;
    begun = from;
    current = -1;
  }
}
